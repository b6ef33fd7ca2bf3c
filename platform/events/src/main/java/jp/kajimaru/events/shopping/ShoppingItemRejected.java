package jp.kajimaru.events.shopping;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * An admin rejected an item.
 *
 * @param reason explanation for the requester, or {@code null}
 */
public record ShoppingItemRejected(
        UUID householdId,
        UUID itemId,
        String name,
        UUID rejectedByMemberId,
        String reason) implements DomainEvent {
}
