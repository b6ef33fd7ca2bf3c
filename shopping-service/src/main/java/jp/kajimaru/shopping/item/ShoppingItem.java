package jp.kajimaru.shopping.item;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.shopping.ItemSource;
import jp.kajimaru.events.shopping.ShoppingItemAdded;
import jp.kajimaru.events.shopping.ShoppingItemApprovalRequested;
import jp.kajimaru.events.shopping.ShoppingItemApproved;
import jp.kajimaru.events.shopping.ShoppingItemPurchased;
import jp.kajimaru.events.shopping.ShoppingItemRejected;
import jp.kajimaru.shopping.names.ItemNames;

/**
 * One line of a household's shopping list, from the moment it is added until it is bought (then it is history) or
 * rejected. The household has one list, so the events' {@code listId} is the household's id.
 */
@Entity
@Table(name = "shopping_items")
public class ShoppingItem {

    public static final BigDecimal MAX_QUANTITY = new BigDecimal("9999.99");
    static final int MAX_MEMO = 500;

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(nullable = false)
    private String name;
    @Column(name = "name_key", nullable = false)
    private String nameKey;
    @Column(nullable = false)
    private BigDecimal quantity;
    private String unit;
    private String memo;
    @Column(nullable = false)
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemSource source;
    @Column(name = "stock_item_id")
    private UUID stockItemId;
    @Column(name = "source_event_id")
    private UUID sourceEventId;
    @Column(name = "added_by_member_id")
    private UUID addedByMemberId;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "decided_by_member_id")
    private UUID decidedByMemberId;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "purchased_by_member_id")
    private UUID purchasedByMemberId;
    @Column(name = "purchased_at")
    private Instant purchasedAt;
    @Column(name = "open_name_key")
    private String openNameKey;
    @Column(name = "open_stock_key")
    private UUID openStockKey;
    @Version
    private Long version;

    protected ShoppingItem() {
    }

    private ShoppingItem(UUID householdId, String name, BigDecimal quantity, String unit, String memo, String category,
                         ItemStatus status, ItemSource source, UUID stockItemId, UUID addedBy, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        rename(name);
        this.quantity = checkedQuantity(quantity);
        this.unit = blankToNull(unit);
        this.memo = blankToNull(memo);
        this.category = category;
        this.status = status;
        this.source = source;
        this.stockItemId = stockItemId;
        this.addedByMemberId = addedBy;
        this.addedAt = addedAt;
        syncKeys();
    }

    /** A member's addition: pending when it needs an admin's approval, else straight on the list. */
    public static ShoppingItem manual(UUID householdId, ItemDetails d, String category, UUID by, boolean needsApproval,
                                     Clock clock) {
        return new ShoppingItem(householdId, d.name(), d.quantity() == null ? BigDecimal.ONE : d.quantity(), d.unit(),
                d.memo(), category, needsApproval ? ItemStatus.PENDING : ItemStatus.OPEN, ItemSource.MANUAL,
                d.stockItemId(), by, now(clock));
    }

    /** An automatic addition for a stock item that fell below its minimum: pre-approved. */
    public static ShoppingItem fromStock(UUID householdId, UUID stockItemId, UUID crossingId, String name,
                                         BigDecimal need, String unit, String category, Clock clock) {
        ShoppingItem item = new ShoppingItem(householdId, name, need, unit, null, category, ItemStatus.OPEN,
                ItemSource.STOCK, stockItemId, null, now(clock));
        item.sourceEventId = crossingId;
        return item;
    }

    /** What a new item announces: an approval request while pending, else that it is on the list. */
    public DomainEvent additionEvent() {
        if (status == ItemStatus.PENDING) {
            return new ShoppingItemApprovalRequested(householdId, id, name, addedByMemberId);
        }
        return new ShoppingItemAdded(householdId, id, householdId, name, quantity, unit, category, addedByMemberId, source);
    }

    /**
     * The same thing added again while this item is on the list: the quantities add up (in the same unit; in another
     * unit the addition is noted in the memo instead). An addition that needed no approval approves a pending item,
     * since it would have been on the list anyway.
     */
    public Optional<ShoppingItemApproved> mergeAddition(BigDecimal more, String moreUnit, UUID by, boolean needsApproval,
                                                        Clock clock) {
        requireOnList();
        BigDecimal added = more == null ? BigDecimal.ONE : more;
        String incoming = ItemNames.unitKey(moreUnit);
        if (incoming.isEmpty() || incoming.equals(ItemNames.unitKey(unit))) {
            setMergedQuantity(quantity.add(added));
        } else if (unit == null) {
            unit = blankToNull(moreUnit);
            setMergedQuantity(quantity.add(added));
        } else {
            String note = "+ " + added.stripTrailingZeros().toPlainString() + " " + moreUnit.strip();
            String joined = memo == null ? note : memo + " / " + note;
            memo = joined.length() > MAX_MEMO ? joined.substring(0, MAX_MEMO) : joined;
        }
        if (status == ItemStatus.PENDING && !needsApproval) {
            return Optional.of(approve(by, clock));
        }
        return Optional.empty();
    }

    /**
     * A stock item's need met by this item already on the list: it is linked to the stock item and asks for at least
     * what reaches the minimum (the need is a floor, not an extra). Automatic, so a pending item becomes approved.
     */
    public Optional<ShoppingItemApproved> coverStockNeed(UUID stock, BigDecimal need, Clock clock) {
        requireOnList();
        if (stockItemId == null) {
            stockItemId = stock;
        }
        if (need.compareTo(quantity) > 0) {
            quantity = checkedQuantity(need);
        }
        syncKeys();
        if (status == ItemStatus.PENDING) {
            return Optional.of(approve(null, clock));
        }
        return Optional.empty();
    }

    public void edit(ItemDetails d, String newCategory) {
        requireOnList();
        if (d.name() != null) {
            rename(d.name());
        }
        if (d.quantity() != null) {
            quantity = checkedQuantity(d.quantity());
        }
        if (d.unit() != null) {
            unit = blankToNull(d.unit());
        }
        if (d.memo() != null) {
            memo = blankToNull(d.memo());
        }
        if (newCategory != null) {
            category = newCategory;
        }
        if (d.stockItemId() != null) {
            stockItemId = d.stockItemId();
        }
        syncKeys();
    }

    /** An admin lets a pending item onto the list ({@code by} is null for an automatic approval). */
    public ShoppingItemApproved approve(UUID by, Clock clock) {
        requirePending();
        status = ItemStatus.OPEN;
        decidedByMemberId = by;
        decidedAt = now(clock);
        syncKeys();
        return new ShoppingItemApproved(householdId, id, name, by);
    }

    public ShoppingItemRejected reject(UUID by, String reason, Clock clock) {
        requirePending();
        status = ItemStatus.REJECTED;
        decidedByMemberId = by;
        decidedAt = now(clock);
        rejectReason = blankToNull(reason);
        syncKeys();
        return new ShoppingItemRejected(householdId, id, name, by, rejectReason);
    }

    /**
     * Ticked in the shop. Ticking an item that is already ticked changes nothing and announces nothing (two phones
     * ticking the same item both succeed; the first tick counts).
     */
    public Optional<ShoppingItemPurchased> purchase(UUID by, Clock clock) {
        if (status == ItemStatus.PURCHASED) {
            return Optional.empty();
        }
        if (status != ItemStatus.OPEN) {
            throw new ConflictException("status", status == ItemStatus.PENDING
                    ? "This item is still waiting for an admin's approval." : "This item was rejected.");
        }
        status = ItemStatus.PURCHASED;
        purchasedByMemberId = by;
        purchasedAt = now(clock);
        syncKeys();
        return Optional.of(new ShoppingItemPurchased(householdId, id, name, quantity, by, purchasedAt, stockItemId));
    }

    /** Unticked: back on the list. Unticking an item that is not ticked changes nothing. */
    public boolean undoPurchase() {
        if (status == ItemStatus.OPEN) {
            return false;
        }
        if (status != ItemStatus.PURCHASED) {
            throw new ConflictException("status", "Only a purchased item can be put back on the list.");
        }
        status = ItemStatus.OPEN;
        purchasedByMemberId = null;
        purchasedAt = null;
        syncKeys();
        return true;
    }

    private void requirePending() {
        if (status != ItemStatus.PENDING) {
            throw new ConflictException("status", "This item is not waiting for approval (it is " + status + ").");
        }
    }

    private void requireOnList() {
        if (!status.onList()) {
            throw new ConflictException("status", "Only an item on the list can be changed (this one is " + status + ").");
        }
    }

    private void rename(String newName) {
        String stripped = newName == null ? "" : newName.strip();
        String key = ItemNames.key(stripped);
        if (key.isEmpty()) {
            throw new InvalidFieldException("name", "shopping.nameBlank", "Enter a name.");
        }
        name = stripped;
        nameKey = key;
    }

    private void setMergedQuantity(BigDecimal sum) {
        if (sum.compareTo(MAX_QUANTITY) > 0) {
            throw new InvalidFieldException("quantity", "shopping.quantityTooLarge",
                    "Together with the item already on the list this is more than " + MAX_QUANTITY.toPlainString() + ".");
        }
        quantity = sum;
    }

    /** Two decimals, rounded up (half a pack is still a pack to buy), between 0.01 and the maximum. */
    static BigDecimal checkedQuantity(BigDecimal q) {
        BigDecimal scaled = q.setScale(2, RoundingMode.UP);
        if (scaled.signum() <= 0) {
            throw new InvalidFieldException("quantity", "shopping.quantityPositive", "The quantity must be more than 0.");
        }
        return scaled.min(MAX_QUANTITY);
    }

    private void syncKeys() {
        boolean onList = status.onList();
        openNameKey = onList ? nameKey : null;
        openStockKey = onList ? stockItemId : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() { return id; }
    public UUID householdId() { return householdId; }
    public String name() { return name; }
    public String nameKey() { return nameKey; }
    public BigDecimal quantity() { return quantity; }
    public String unit() { return unit; }
    public String memo() { return memo; }
    public String category() { return category; }
    public ItemStatus status() { return status; }
    public ItemSource source() { return source; }
    public UUID stockItemId() { return stockItemId; }
    public UUID sourceEventId() { return sourceEventId; }
    public UUID addedByMemberId() { return addedByMemberId; }
    public Instant addedAt() { return addedAt; }
    public UUID decidedByMemberId() { return decidedByMemberId; }
    public Instant decidedAt() { return decidedAt; }
    public String rejectReason() { return rejectReason; }
    public UUID purchasedByMemberId() { return purchasedByMemberId; }
    public Instant purchasedAt() { return purchasedAt; }
    public Long version() { return version; }
}
