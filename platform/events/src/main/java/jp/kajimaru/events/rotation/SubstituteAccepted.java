package jp.kajimaru.events.rotation;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** Another member took over the requested task. */
public record SubstituteAccepted(
        UUID householdId,
        UUID requestId,
        UUID taskId,
        UUID requesterMemberId,
        UUID substituteMemberId) implements DomainEvent {
}
