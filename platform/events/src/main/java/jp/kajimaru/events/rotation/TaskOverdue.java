package jp.kajimaru.events.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** A task passed its due time without being completed. */
public record TaskOverdue(
        UUID householdId,
        UUID taskId,
        UUID choreId,
        String choreName,
        LocalDate date,
        Instant dueAt,
        UUID assigneeMemberId) implements DomainEvent {
}
