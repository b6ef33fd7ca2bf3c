package jp.kajimaru.notification.preference;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferencesRepository extends JpaRepository<Preferences, UUID> {

    Optional<Preferences> findByMemberIdAndHouseholdId(UUID memberId, UUID householdId);
}
