package jp.kajimaru.inventory.equipment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EquipmentRepository extends JpaRepository<Equipment, UUID> {

    Optional<Equipment> findByIdAndHouseholdId(UUID id, UUID householdId);

    List<Equipment> findByHouseholdIdOrderByNameAsc(UUID householdId);
}
