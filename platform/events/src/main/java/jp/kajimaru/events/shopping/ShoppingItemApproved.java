package jp.kajimaru.events.shopping;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** An admin approved an item, so it may be bought. */
public record ShoppingItemApproved(
        UUID householdId,
        UUID itemId,
        String name,
        UUID approvedByMemberId) implements DomainEvent {
}
