package jp.kajimaru.events.rotation;

import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * A task moved to another member.
 *
 * @param fromMemberId previous assignee, or {@code null} when the task was unassigned
 */
public record TaskReassigned(
        UUID householdId,
        UUID taskId,
        UUID choreId,
        String choreName,
        LocalDate date,
        UUID fromMemberId,
        UUID toMemberId,
        ReassignReason reason) implements DomainEvent {
}
