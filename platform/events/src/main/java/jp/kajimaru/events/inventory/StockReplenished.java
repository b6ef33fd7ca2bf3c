package jp.kajimaru.events.inventory;

import java.math.BigDecimal;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** Stock was added; {@code quantity} is the new total. */
public record StockReplenished(
        UUID householdId,
        UUID stockItemId,
        String name,
        BigDecimal quantity,
        BigDecimal addedQuantity,
        String unit) implements DomainEvent {
}
