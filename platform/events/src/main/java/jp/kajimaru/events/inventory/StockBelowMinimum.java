package jp.kajimaru.events.inventory;

import java.math.BigDecimal;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** A stock item dropped below its minimum, so it should be bought. */
public record StockBelowMinimum(
        UUID householdId,
        UUID stockItemId,
        String name,
        BigDecimal quantity,
        BigDecimal minimum,
        String unit,
        String category) implements DomainEvent {
}
