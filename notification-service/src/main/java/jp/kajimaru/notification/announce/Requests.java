package jp.kajimaru.notification.announce;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** The requests whose outcome someone is waiting for. */
@Component
class Requests {

    record Request(UUID id, String kind, UUID requesterMemberId, String subject, UUID taskId) {
    }

    private final PendingRequestRepository repository;

    Requests(PendingRequestRepository repository) {
        this.repository = repository;
    }

    void remember(UUID householdId, UUID id, String kind, UUID requester, String subject, UUID taskId, Instant at) {
        if (repository.findByIdAndHouseholdId(id, householdId).isEmpty()) {
            repository.save(new PendingRequest(id, householdId, kind, requester, subject, taskId, at));
        }
    }

    Optional<Request> find(UUID householdId, UUID id) {
        return repository.findByIdAndHouseholdId(id, householdId).map(PendingRequest::view);
    }
}
