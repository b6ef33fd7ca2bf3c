package jp.kajimaru.events.shopping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * An item was bought.
 *
 * @param purchasedByMemberId who bought it, or {@code null} when not recorded
 * @param stockItemId         the stock item to replenish, or {@code null} when the item is not stocked
 */
public record ShoppingItemPurchased(
        UUID householdId,
        UUID itemId,
        String name,
        BigDecimal quantity,
        UUID purchasedByMemberId,
        Instant purchasedAt,
        UUID stockItemId) implements DomainEvent {
}
