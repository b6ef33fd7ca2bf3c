package jp.kajimaru.shopping.settings;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ShoppingSettingsRepository extends JpaRepository<ShoppingSettings, UUID> {

    Optional<ShoppingSettings> findByHouseholdId(UUID householdId);
}
