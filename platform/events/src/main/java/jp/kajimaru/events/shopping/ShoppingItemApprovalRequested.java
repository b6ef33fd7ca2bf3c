package jp.kajimaru.events.shopping;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** The household requires approval and a member asked for it. */
public record ShoppingItemApprovalRequested(
        UUID householdId,
        UUID itemId,
        String name,
        UUID requestedByMemberId) implements DomainEvent {
}
