package jp.kajimaru.shopping.pantry;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PantryItemRepository extends JpaRepository<PantryItem, UUID> {

    boolean existsByIdAndHouseholdId(UUID id, UUID householdId);

    Optional<PantryItem> findByIdAndHouseholdId(UUID id, UUID householdId);
}
