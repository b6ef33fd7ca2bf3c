package jp.kajimaru.events.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * A member asked someone else to take over one of their tasks.
 *
 * @param note message to the other members, or {@code null}
 */
public record SubstituteRequested(
        UUID householdId,
        UUID requestId,
        UUID taskId,
        String choreName,
        LocalDate date,
        UUID requesterMemberId,
        String note,
        Instant expiresAt) implements DomainEvent {
}
