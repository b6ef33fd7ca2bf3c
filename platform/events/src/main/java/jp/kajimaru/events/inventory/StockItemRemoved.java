package jp.kajimaru.events.inventory;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** A stock item was deleted from a household's pantry; a new shopping-list item can no longer be linked to it. */
public record StockItemRemoved(
        UUID householdId,
        UUID stockItemId) implements DomainEvent {
}
