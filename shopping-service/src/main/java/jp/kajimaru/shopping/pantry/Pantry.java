package jp.kajimaru.shopping.pantry;

import java.util.UUID;

import jp.kajimaru.domain.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which stock items each household's pantry has, learnt from inventory-service's events (ADR 0017), so a list item is
 * linked only to a stock item of its own household: another household's id (or a made-up one) is refused like a
 * missing one, instead of being kept as a link that restocks nothing.
 */
@Service
public class Pantry {

    private final PantryItemRepository items;

    Pantry(PantryItemRepository items) {
        this.items = items;
    }

    /** The pantry has this item (StockItemAdded, or a StockBelowMinimum from before ADR 0017 announced it). */
    @Transactional
    public void added(UUID householdId, UUID stockItemId) {
        if (!items.existsById(stockItemId)) {
            items.save(new PantryItem(stockItemId, householdId));
        }
    }

    /** The item was deleted from the pantry; list items already linked to it keep their link. */
    @Transactional
    public void removed(UUID householdId, UUID stockItemId) {
        items.findByIdAndHouseholdId(stockItemId, householdId).ifPresent(items::delete);
    }

    /** Refuses a link to a stock item this household's pantry does not have; no link is fine. */
    @Transactional(readOnly = true)
    public void requireLinkable(UUID householdId, UUID stockItemId) {
        if (stockItemId != null && !items.existsByIdAndHouseholdId(stockItemId, householdId)) {
            throw new InvalidFieldException("stockItemId", "shopping.unknownStockItem", "Your pantry has no such item.");
        }
    }
}
