package jp.kajimaru.events.rotation;

import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** A completed task was marked not done again, undoing its completion. */
public record TaskReopened(
        UUID householdId,
        UUID taskId,
        UUID choreId,
        LocalDate date,
        UUID reopenedByMemberId) implements DomainEvent {
}
