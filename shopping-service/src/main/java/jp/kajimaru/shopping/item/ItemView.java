package jp.kajimaru.shopping.item;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.events.shopping.ItemSource;

/** An item as the API shows it; {@code version} goes back with an edit so that a stale edit is refused. */
public record ItemView(UUID id, String name, BigDecimal quantity, String unit, String memo, String category,
                       ItemStatus status, ItemSource source, UUID stockItemId, UUID addedByMemberId, Instant addedAt,
                       UUID decidedByMemberId, Instant decidedAt, String rejectReason, UUID purchasedByMemberId,
                       Instant purchasedAt, Long version) {

    static ItemView of(ShoppingItem i) {
        return new ItemView(i.id(), i.name(), i.quantity(), i.unit(), i.memo(), i.category(), i.status(), i.source(),
                i.stockItemId(), i.addedByMemberId(), i.addedAt(), i.decidedByMemberId(), i.decidedAt(), i.rejectReason(),
                i.purchasedByMemberId(), i.purchasedAt(), i.version());
    }
}
