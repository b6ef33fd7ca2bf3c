package jp.kajimaru.events.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** A chore occurrence was assigned to a member for a date. */
public record TaskAssigned(
        UUID householdId,
        UUID taskId,
        UUID choreId,
        String choreName,
        LocalDate date,
        Instant dueAt,
        int weight,
        UUID assigneeMemberId) implements DomainEvent {
}
