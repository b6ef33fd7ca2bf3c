package jp.kajimaru.events.shopping;

import java.math.BigDecimal;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * An item was put on a shopping list.
 *
 * @param addedByMemberId who added it, or {@code null} when added automatically from stock
 */
public record ShoppingItemAdded(
        UUID householdId,
        UUID itemId,
        UUID listId,
        String name,
        BigDecimal quantity,
        String unit,
        String category,
        UUID addedByMemberId,
        ItemSource source) implements DomainEvent {
}
