package jp.kajimaru.events.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * A task was done, possibly by someone other than the assignee.
 *
 * @param externalRef id in the owning service when the task mirrors external work (for example a
 *                    maintenance task id), so that service can close it; otherwise {@code null}
 */
public record TaskCompleted(
        UUID householdId,
        UUID taskId,
        UUID choreId,
        String choreName,
        LocalDate date,
        UUID assigneeMemberId,
        UUID completedByMemberId,
        Instant completedAt,
        String externalRef) implements DomainEvent {
}
