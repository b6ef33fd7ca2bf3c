package jp.kajimaru.events.rotation;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** A substitute request ended without anyone accepting it. */
public record SubstituteClosed(
        UUID householdId,
        UUID requestId,
        UUID taskId,
        CloseReason reason) implements DomainEvent {
}
