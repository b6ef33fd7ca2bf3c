package jp.kajimaru.inventory.household;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdRepository extends JpaRepository<Household, UUID> {

    List<Household> findByIdIn(Collection<UUID> ids);
}
