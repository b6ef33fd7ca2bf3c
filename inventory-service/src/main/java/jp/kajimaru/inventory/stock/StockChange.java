package jp.kajimaru.inventory.stock;

import java.util.Optional;

import jp.kajimaru.events.DomainEvent;

/**
 * What one rule of {@link StockItem} did: the movement to keep in the history (none when nothing moved) and the
 * event to publish (none unless the rule says so, e.g. StockBelowMinimum only on the crossing).
 */
public record StockChange(Optional<StockMovement> movement, Optional<DomainEvent> event) {

    static StockChange of(StockMovement movement, DomainEvent event) {
        return new StockChange(Optional.ofNullable(movement), Optional.ofNullable(event));
    }
}
