package jp.kajimaru.notification.announce;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PendingRequestRepository extends JpaRepository<PendingRequest, UUID> {

    Optional<PendingRequest> findByIdAndHouseholdId(UUID id, UUID householdId);
}
