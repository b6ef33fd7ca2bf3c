package jp.kajimaru.events.user;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** A member left or was removed; the rotation reassigns their open tasks. */
public record MemberRemoved(
        UUID householdId,
        UUID memberId) implements DomainEvent {
}
