package jp.kajimaru.events.inventory;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * A stock item was added to a household's pantry. Shopping keeps the ids, so a list item can only be linked to a stock
 * item of the same household ({@code docs/adr/0017-pantry-items-announced.md}).
 */
public record StockItemAdded(
        UUID householdId,
        UUID stockItemId,
        String name,
        String unit) implements DomainEvent {
}
