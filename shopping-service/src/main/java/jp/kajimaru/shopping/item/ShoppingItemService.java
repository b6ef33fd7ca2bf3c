package jp.kajimaru.shopping.item;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.shopping.names.ItemNames;
import jp.kajimaru.shopping.pantry.Pantry;
import jp.kajimaru.shopping.settings.SettingsService;
import jp.kajimaru.shopping.settings.ShoppingSettings;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shopping list: every change loads the item in the caller's household, lets the item apply its rule, saves it
 * and puts the event it caused in the outbox, in one transaction.
 */
@Service
public class ShoppingItemService {

    static final int MAX_ATTEMPTS = 3;
    static final int MAX_PAGE_SIZE = 100;
    private static final BigDecimal ONE = BigDecimal.ONE;

    private final ShoppingItemRepository items;
    private final SettingsService settings;
    private final OutboxWriter outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Pantry pantry;

    ShoppingItemService(ShoppingItemRepository items, SettingsService settings, OutboxWriter outbox,
                        TransactionTemplate tx, Clock clock, Pantry pantry) {
        this.items = items;
        this.settings = settings;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.pantry = pantry;
    }

    /** {@code created} is false when the addition merged into an item already on the list. */
    public record Added(ItemView item, boolean created) {
    }

    public record HistoryPage(List<ItemView> items, int page, int size, long totalElements, int totalPages) {
    }

    /** {@code status}: open, pending, purchased (the 50 latest), rejected (the 50 latest); none = open and pending. */
    @Transactional(readOnly = true)
    public List<ItemView> list(CurrentMember caller, String status) {
        UUID household = caller.householdId();
        if (status == null || status.isBlank()) {
            return views(items.findByHouseholdIdAndStatusInOrderByAddedAtAscIdAsc(household,
                    EnumSet.of(ItemStatus.OPEN, ItemStatus.PENDING)));
        }
        ItemStatus wanted;
        try {
            wanted = ItemStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("status", "shopping.badStatus", "status is one of open, pending, purchased, rejected.");
        }
        return switch (wanted) {
            case PURCHASED -> views(items.findTop50ByHouseholdIdAndStatusOrderByPurchasedAtDescIdDesc(household, wanted));
            case REJECTED -> views(items.findTop50ByHouseholdIdAndStatusOrderByDecidedAtDescIdDesc(household, wanted));
            default -> views(items.findByHouseholdIdAndStatusInOrderByAddedAtAscIdAsc(household, Set.of(wanted)));
        };
    }

    @Transactional(readOnly = true)
    public ItemView get(CurrentMember caller, UUID id) {
        return ItemView.of(load(caller, id));
    }

    /**
     * A member adds an item. The same name (or stock item) already on the list takes the quantity instead of a second
     * line; two phones adding the same name at once meet at the unique key, and the loser retries into a merge.
     */
    public Added add(CurrentMember caller, ItemDetails details) {
        return retrying(() -> addInTx(caller, details));
    }

    private Added addInTx(CurrentMember caller, ItemDetails d) {
        pantry.requireLinkable(caller.householdId(), d.stockItemId());
        ShoppingSettings s = settings.of(caller.householdId());
        boolean needsApproval = s.needsApproval(caller.role());
        String category = categoryFor(s, d.category());
        Optional<ShoppingItem> existing = onList(caller.householdId(), d.stockItemId(), d.name());
        if (existing.isPresent()) {
            ShoppingItem item = existing.get();
            item.mergeAddition(d.quantity(), d.unit(), caller.memberId(), needsApproval, clock).ifPresent(e -> publish(item, e));
            return new Added(ItemView.of(items.saveAndFlush(item)), false);
        }
        ShoppingItem item = items.saveAndFlush(ShoppingItem.manual(caller.householdId(), d, category, caller.memberId(),
                needsApproval, clock));
        publish(item, item.additionEvent());
        return new Added(ItemView.of(item), true);
    }

    /** An edit names the version it was made on; a newer version means someone else changed the item first (409). */
    @Transactional
    public ItemView edit(CurrentMember caller, UUID id, ItemDetails d, Long expectedVersion) {
        ShoppingItem item = load(caller, id);
        mayChange(caller, item);
        if (isChild(caller) && item.status() != ItemStatus.PENDING) {
            throw new ForbiddenException("A child can change an item only while it waits for approval.");
        }
        if (expectedVersion != null && !expectedVersion.equals(item.version())) {
            throw new ObjectOptimisticLockingFailureException(ShoppingItem.class, id);
        }
        pantry.requireLinkable(caller.householdId(), d.stockItemId());
        if (d.name() != null) {
            String key = ItemNames.key(d.name());
            items.findByHouseholdIdAndOpenNameKey(caller.householdId(), key).filter(other -> !other.id().equals(id))
                    .ifPresent(other -> {
                        throw new ConflictException("name", "An item with this name is already on the list.");
                    });
        }
        String category = d.category() == null ? null : categoryFor(settings.of(caller.householdId()), d.category());
        item.edit(d, category);
        return ItemView.of(items.saveAndFlush(item));
    }

    @Transactional
    public void delete(CurrentMember caller, UUID id) {
        ShoppingItem item = load(caller, id);
        mayChange(caller, item);
        items.delete(item);
        items.flush();
    }

    /** Ticked in the shop; a tick on a ticked item is fine, and a tick that met another phone's edit is retried. */
    public ItemView purchase(CurrentMember caller, UUID id) {
        return retrying(() -> {
            ShoppingItem item = load(caller, id);
            item.purchase(caller.memberId(), clock).ifPresent(e -> publish(item, e));
            return ItemView.of(items.saveAndFlush(item));
        });
    }

    public ItemView undoPurchase(CurrentMember caller, UUID id) {
        return retrying(() -> {
            ShoppingItem item = load(caller, id);
            if (item.status() == ItemStatus.PURCHASED) {
                items.findByHouseholdIdAndOpenNameKey(caller.householdId(), item.nameKey()).ifPresent(other -> {
                    throw new ConflictException("name", "An item with this name is on the list again; change that one.");
                });
                if (item.stockItemId() != null) {
                    items.findByHouseholdIdAndOpenStockKey(caller.householdId(), item.stockItemId()).ifPresent(other -> {
                        throw new ConflictException("stockItemId", "This stock item is on the list again; change that one.");
                    });
                }
            }
            item.undoPurchase();
            return ItemView.of(items.saveAndFlush(item));
        });
    }

    /** Admins approve or reject a pending item. */
    @Transactional
    public ItemView decide(CurrentMember caller, UUID id, boolean approved, String reason) {
        ShoppingItem item = load(caller, id);
        caller.requireAdmin();
        DomainEvent event = approved ? item.approve(caller.memberId(), clock) : item.reject(caller.memberId(), reason, clock);
        ShoppingItem saved = items.saveAndFlush(item);
        publish(saved, event);
        return ItemView.of(saved);
    }

    /** Purchases, newest first, whose name contains {@code q} (folded like names). */
    @Transactional(readOnly = true)
    public HistoryPage history(CurrentMember caller, String q, int page, int size) {
        if (page < 0 || (long) page * MAX_PAGE_SIZE > Integer.MAX_VALUE) {
            throw new InvalidFieldException("page", "shopping.badPage", "page starts at 0 and is not absurdly far.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("size", "shopping.badSize", "size is between 1 and " + MAX_PAGE_SIZE + ".");
        }
        Page<ShoppingItem> found = items.findByHouseholdIdAndStatusAndNameKeyContaining(caller.householdId(),
                ItemStatus.PURCHASED, ItemNames.key(q), PageRequest.of(page, size,
                        Sort.by(Sort.Order.desc("purchasedAt"), Sort.Order.desc("id"))));
        return new HistoryPage(views(found.getContent()), page, size, found.getTotalElements(), found.getTotalPages());
    }

    /** "Buy again": a purchase from the history goes back on the list, by the caller's rules (approval, merge). */
    public Added buyAgain(CurrentMember caller, UUID purchaseId) {
        return retrying(() -> {
            ShoppingItem bought = load(caller, purchaseId);
            if (bought.status() != ItemStatus.PURCHASED) {
                throw new ConflictException("status", "Only a purchase from the history can be bought again.");
            }
            ShoppingSettings s = settings.of(caller.householdId());
            String category = s.category(bought.category()) != null ? s.category(bought.category()) : s.fallbackCategory();
            return addInTx(caller, new ItemDetails(bought.name(), bought.quantity(), bought.unit(), null, category,
                    bought.stockItemId()));
        });
    }

    /**
     * StockBelowMinimum: exactly one item on the list per stock item. The first crossing adds an open (pre-approved)
     * item with what reaches the minimum; a later crossing, or the same need met by an item of the same name, keeps
     * that one item and raises its quantity to the need if it asks for less. Two crossings racing meet at the unique
     * key on (household, stock item while on the list): the loser's transaction fails, the consumer retries it, and
     * the retry finds the winner's item. A redelivered crossing never gets here (the inbox skips it).
     */
    @Transactional
    public void addFromStock(EventEnvelope<StockBelowMinimum> crossing) {
        StockBelowMinimum s = crossing.payload();
        UUID household = s.householdId();
        BigDecimal need = need(s);
        // Inventory's limits are its own: cut what does not fit this list's columns rather than refuse the need.
        String name = cut(s.name(), 100);
        String unit = cut(s.unit(), 20);
        Optional<ShoppingItem> existing = onList(household, s.stockItemId(), name);
        if (existing.isPresent()) {
            ShoppingItem item = existing.get();
            item.coverStockNeed(s.stockItemId(), need, clock).ifPresent(e -> publish(item, e));
            items.saveAndFlush(item);
            pantry.added(household, s.stockItemId());
            return;
        }
        String category = StockCategories.forStock(s.category(), settings.of(household));
        ShoppingItem item = items.saveAndFlush(ShoppingItem.fromStock(household, s.stockItemId(), crossing.eventId(), name,
                need, unit, category, clock));
        publish(item, item.additionEvent());
        // After the list's own insert, so two racing crossings meet at the list's unique key first (and the retry
        // finds the pantry row).
        pantry.added(household, s.stockItemId());
    }

    /**
     * The item's reorder quantity when it has one (what the household buys at a time); otherwise what reaches the
     * minimum, at least one (a consumption period that ran out leaves the quantity at the minimum).
     */
    static BigDecimal need(StockBelowMinimum s) {
        if (s.reorderQuantity() != null && s.reorderQuantity().signum() > 0) {
            return s.reorderQuantity();
        }
        if (s.minimum() == null || s.quantity() == null) {
            return ONE;
        }
        BigDecimal gap = s.minimum().subtract(s.quantity());
        return gap.signum() > 0 ? gap : ONE;
    }

    private static String cut(String s, int max) {
        String stripped = s == null ? "" : s.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private Optional<ShoppingItem> onList(UUID household, UUID stockItemId, String name) {
        if (stockItemId != null) {
            Optional<ShoppingItem> linked = items.findByHouseholdIdAndOpenStockKey(household, stockItemId);
            if (linked.isPresent()) {
                return linked;
            }
        }
        return items.findByHouseholdIdAndOpenNameKey(household, ItemNames.key(name));
    }

    private static String categoryFor(ShoppingSettings s, String requested) {
        if (requested == null || requested.isBlank()) {
            return s.fallbackCategory();
        }
        String category = s.category(requested);
        if (category == null) {
            throw new InvalidFieldException("category", "shopping.unknownCategory", "This household has no such category.");
        }
        return category;
    }

    private ShoppingItem load(CurrentMember caller, UUID id) {
        return items.findByIdAndHouseholdId(id, caller.householdId()).orElseThrow(() -> new NotFoundException("Shopping item"));
    }

    /** A child changes (edits while pending, deletes) only what they added themselves. */
    private static void mayChange(CurrentMember caller, ShoppingItem item) {
        if (isChild(caller) && !caller.memberId().equals(item.addedByMemberId())) {
            throw new ForbiddenException("A child can change only the items they added.");
        }
    }

    private static boolean isChild(CurrentMember caller) {
        return "CHILD".equals(caller.role());
    }

    private void publish(ShoppingItem item, DomainEvent event) {
        outbox.publish(item.id().toString(), event);
    }

    private <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> work.get());
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private static List<ItemView> views(List<ShoppingItem> list) {
        return list.stream().map(ItemView::of).toList();
    }
}
