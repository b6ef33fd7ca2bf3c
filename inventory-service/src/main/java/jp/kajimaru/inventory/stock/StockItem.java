package jp.kajimaru.inventory.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.events.inventory.StockItemAdded;
import jp.kajimaru.events.inventory.StockItemRemoved;
import jp.kajimaru.events.inventory.StockReplenished;

/**
 * A stocked good of a household and its rules.
 * <ul>
 *   <li>Consuming never takes the quantity below zero.</li>
 *   <li>The item is <i>low</i> when its quantity is below its minimum, or when its consumption period has run out
 *       (last purchase + period − {@value #PERIOD_WARNING_DAYS} days, at least one day after the purchase).</li>
 *   <li>StockBelowMinimum goes out once when the item becomes low ({@code lowSignalled}); the quantity crossing is
 *       noticed by the change that causes it, the period by {@link #periodRunOut(LocalDate)} (the daily scan).</li>
 *   <li>A restock (or a count) that leaves the item no longer low re-arms it; a restock also starts a new
 *       consumption period, and always announces StockReplenished.</li>
 * </ul>
 * {@code @Version}: two phones changing the same item never overwrite each other.
 */
@Entity
@Table(name = "stock_items")
public class StockItem {

    /** The original app's reminder came two days before the consumption period ran out. */
    public static final int PERIOD_WARNING_DAYS = 2;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999");

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StockCategory category;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(nullable = false)
    private BigDecimal minimum;

    @Column(name = "reorder_quantity")
    private BigDecimal reorderQuantity;

    @Column(name = "consumption_period_days")
    private Integer consumptionPeriodDays;

    @Column(name = "last_purchased_on")
    private LocalDate lastPurchasedOn;

    @Column(name = "period_signal_on")
    private LocalDate periodSignalOn;

    @Column(name = "low_signalled", nullable = false)
    private boolean lowSignalled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected StockItem() {
    }

    /** What a member can set on an item (the quantity only through {@link #edit} as a count). */
    public record Details(String name, StockCategory category, String unit, BigDecimal quantity, BigDecimal minimum,
                          BigDecimal reorderQuantity, Integer consumptionPeriodDays, LocalDate lastPurchasedOn) {
    }

    private StockItem(UUID householdId, Instant now) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new item; returns it with its INITIAL movement and, if it starts out low, its StockBelowMinimum. */
    public static Created create(UUID householdId, Details details, UUID by, LocalDate today, Clock clock) {
        Instant now = clock.instant();
        StockItem item = new StockItem(householdId, now);
        item.apply(details, today);
        item.quantity = checkedQuantity("quantity", details.quantity());
        StockMovement initial = new StockMovement(householdId, item.id, MovementKind.INITIAL, item.quantity(), item.quantity(),
                by, null, now);
        return new Created(item, StockChange.of(initial, item.settle(today)));
    }

    public record Created(StockItem item, StockChange change) {
    }

    /**
     * Takes {@code n} (more than zero) out of stock, never below zero; StockBelowMinimum only when this consumption
     * makes the item low for the first time since it was last re-armed. Nothing left: no movement, no event.
     */
    public StockChange consume(BigDecimal n, UUID by, Clock clock) {
        requirePositive("quantity", n);
        checkedQuantity("quantity", n);
        BigDecimal taken = n.min(quantity);
        if (taken.signum() == 0) {
            return StockChange.of(null, null);
        }
        quantity = quantity.subtract(taken);
        updatedAt = clock.instant();
        StockMovement movement = new StockMovement(householdId, id, MovementKind.CONSUME, taken.negate(), quantity(), by, null,
                updatedAt);
        return StockChange.of(movement, crossedBelowMinimum());
    }

    /**
     * Adds {@code n} (more than zero): a new consumption period from {@code today}, re-armed if no longer low,
     * and always StockReplenished. {@code kind} is RESTOCK (by hand) or PURCHASE (a bought shopping item).
     */
    public StockChange restock(BigDecimal n, UUID by, MovementKind kind, String sourceRef, LocalDate today, Clock clock) {
        requirePositive("quantity", n);
        if (kind != MovementKind.RESTOCK && kind != MovementKind.PURCHASE) {
            throw new IllegalArgumentException("not a restock: " + kind);
        }
        BigDecimal added = n;
        quantity = checkedQuantity("quantity", quantity.add(n));
        lastPurchasedOn = today;
        periodSignalOn = periodSignalDay();
        updatedAt = clock.instant();
        StockMovement movement = new StockMovement(householdId, id, kind, added, quantity(), by, sourceRef, updatedAt);
        // Re-armed if that was enough; a restock that still leaves the item below its minimum keeps the signal given.
        settle(today);
        return StockChange.of(movement,
                new StockReplenished(householdId, id, name, quantity(), normal(added), unit));
    }

    /**
     * Replaces what a member can edit; a different quantity is a count (an ADJUST movement). A count or a lower
     * minimum that leaves the item no longer low re-arms it; one that makes it low signals like a consumption.
     */
    public StockChange edit(Details details, UUID by, LocalDate today, Clock clock) {
        BigDecimal counted = checkedQuantity("quantity", details.quantity());
        apply(details, today);
        updatedAt = clock.instant();
        StockMovement movement = null;
        if (counted.compareTo(quantity) != 0) {
            BigDecimal delta = counted.subtract(quantity);
            quantity = counted;
            movement = new StockMovement(householdId, id, MovementKind.ADJUST, normal(delta), quantity(), by, null, updatedAt);
        }
        return StockChange.of(movement, settle(today));
    }

    /**
     * The daily scan: StockBelowMinimum once when the consumption period has run out by {@code today} (and the
     * item has not already been announced as low). Returns null otherwise.
     */
    public StockBelowMinimum periodRunOut(LocalDate today) {
        if (lowSignalled || !periodOver(today)) {
            return null;
        }
        lowSignalled = true;
        return belowMinimum();
    }

    private void apply(Details d, LocalDate today) {
        this.name = requireText("name", d.name());
        this.category = Objects.requireNonNullElse(d.category(), StockCategory.OTHER);
        this.unit = requireText("unit", d.unit());
        this.minimum = checkedQuantity("minimum", d.minimum());
        if (d.reorderQuantity() != null) {
            requirePositive("reorderQuantity", d.reorderQuantity());
            checkedQuantity("reorderQuantity", d.reorderQuantity());
        }
        this.reorderQuantity = d.reorderQuantity();
        if (d.consumptionPeriodDays() != null && d.consumptionPeriodDays() < 1) {
            throw new InvalidFieldException("consumptionPeriodDays", "stock.periodPositive", "must be at least one day");
        }
        if (d.lastPurchasedOn() != null && d.lastPurchasedOn().isAfter(today)) {
            throw new InvalidFieldException("lastPurchasedOn", "stock.purchaseInFuture", "must not be in the future");
        }
        this.consumptionPeriodDays = d.consumptionPeriodDays();
        this.lastPurchasedOn = d.lastPurchasedOn();
        this.periodSignalOn = periodSignalDay();
    }

    /** Re-arms an item that is no longer low, then signals one that is below its minimum and not yet announced. */
    private StockBelowMinimum settle(LocalDate today) {
        if (lowSignalled && quantity.compareTo(minimum) >= 0 && !periodOver(today)) {
            lowSignalled = false;
        }
        return crossedBelowMinimum();
    }

    private StockBelowMinimum crossedBelowMinimum() {
        if (lowSignalled || quantity.compareTo(minimum) >= 0) {
            return null;
        }
        lowSignalled = true;
        return belowMinimum();
    }

    private StockBelowMinimum belowMinimum() {
        return new StockBelowMinimum(householdId, id, name, quantity(), minimum(), unit, category.name(), reorderQuantity());
    }

    private boolean periodOver(LocalDate today) {
        return periodSignalOn != null && !today.isBefore(periodSignalOn);
    }

    private LocalDate periodSignalDay() {
        if (consumptionPeriodDays == null || lastPurchasedOn == null) {
            return null;
        }
        return lastPurchasedOn.plusDays(Math.max(1, consumptionPeriodDays - PERIOD_WARNING_DAYS));
    }

    private static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "inventory.blank", "must not be blank");
        }
        return value.strip();
    }

    private static void requirePositive(String field, BigDecimal n) {
        if (n == null || n.signum() <= 0) {
            throw new InvalidFieldException(field, "stock.positive", "must be more than zero");
        }
    }

    private static BigDecimal checkedQuantity(String field, BigDecimal q) {
        if (q == null || q.signum() < 0) {
            throw new InvalidFieldException(field, "stock.notNegative", "must be zero or more");
        }
        if (q.compareTo(MAX_QUANTITY) > 0 || q.stripTrailingZeros().scale() > 3) {
            throw new InvalidFieldException(field, "stock.tooPrecise", "at most 999999999 with three decimals");
        }
        return q;
    }

    /** 2.000 → 2, 10.000 → 10 (never 1E+1): what the API and events show. */
    static BigDecimal normal(BigDecimal q) {
        if (q == null) {
            return null;
        }
        BigDecimal s = q.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The pantry has this item now: shopping may link list items to it (ADR 0017). */
    public StockItemAdded announced() {
        return new StockItemAdded(householdId, id, name, unit);
    }

    /** The pantry no longer has it. */
    public StockItemRemoved removed() {
        return new StockItemRemoved(householdId, id);
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String name() {
        return name;
    }

    public StockCategory category() {
        return category;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal quantity() {
        return normal(quantity);
    }

    public BigDecimal minimum() {
        return normal(minimum);
    }

    public BigDecimal reorderQuantity() {
        return normal(reorderQuantity);
    }

    public Integer consumptionPeriodDays() {
        return consumptionPeriodDays;
    }

    public LocalDate lastPurchasedOn() {
        return lastPurchasedOn;
    }

    /** The day the consumption period counts as run out, or null without a period and a purchase date. */
    public LocalDate periodSignalOn() {
        return periodSignalOn;
    }

    public boolean lowSignalled() {
        return lowSignalled;
    }

    /** Below the minimum right now (the UI highlights it). */
    public boolean belowMinimumNow() {
        return quantity.compareTo(minimum) < 0;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}
