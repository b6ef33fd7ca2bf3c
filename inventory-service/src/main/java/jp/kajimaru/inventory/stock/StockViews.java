package jp.kajimaru.inventory.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the stock API answers. */
public final class StockViews {

    private StockViews() {
    }

    /**
     * @param low            below the minimum now (highlight it)
     * @param lowSignalled   the shopping list has been told (StockBelowMinimum went out, not yet re-armed)
     * @param periodRunsOutOn the day the consumption period counts as run out, or null
     */
    public record ItemView(UUID id, String name, StockCategory category, String unit, BigDecimal quantity,
                           BigDecimal minimum, BigDecimal reorderQuantity, Integer consumptionPeriodDays,
                           LocalDate lastPurchasedOn, LocalDate periodRunsOutOn, boolean low, boolean lowSignalled,
                           Instant updatedAt, long version) {

        static ItemView of(StockItem s) {
            return new ItemView(s.id(), s.name(), s.category(), s.unit(), s.quantity(), s.minimum(), s.reorderQuantity(),
                    s.consumptionPeriodDays(), s.lastPurchasedOn(), s.periodSignalOn(), s.belowMinimumNow(),
                    s.lowSignalled(), s.updatedAt(), s.version());
        }
    }

    public record MovementView(UUID id, MovementKind kind, BigDecimal delta, BigDecimal quantityAfter, UUID memberId,
                               String sourceRef, Instant occurredAt) {

        static MovementView of(StockMovement m) {
            return new MovementView(m.id(), m.kind(), StockItem.normal(m.delta()), StockItem.normal(m.quantityAfter()),
                    m.memberId(), m.sourceRef(), m.occurredAt());
        }
    }

    public record MovementPage(List<MovementView> items, int page, int size, long total) {
    }
}
