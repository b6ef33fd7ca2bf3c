package jp.kajimaru.events.inventory;

import java.math.BigDecimal;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * A stock item dropped below its minimum, so it should be bought.
 *
 * @param reorderQuantity how much the household buys at a time, or {@code null} when the item has no reorder quantity
 *                        (or the producer predates the field: it was added to version 1 as an optional field, see
 *                        {@code docs/adr/0008-optional-fields-on-inventory-events.md}); shopping then asks for what
 *                        reaches the minimum
 */
public record StockBelowMinimum(
        UUID householdId,
        UUID stockItemId,
        String name,
        BigDecimal quantity,
        BigDecimal minimum,
        String unit,
        String category,
        BigDecimal reorderQuantity) implements DomainEvent {

    /** The payload as it was before {@code reorderQuantity}: the item has none. */
    public StockBelowMinimum(UUID householdId, UUID stockItemId, String name, BigDecimal quantity, BigDecimal minimum,
                             String unit, String category) {
        this(householdId, stockItemId, name, quantity, minimum, unit, category, null);
    }
}
