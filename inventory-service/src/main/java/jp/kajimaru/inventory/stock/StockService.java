package jp.kajimaru.inventory.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.events.shopping.ShoppingItemPurchased;
import jp.kajimaru.inventory.household.HouseholdZones;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.web.security.CurrentMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stock application service: load → rule on {@link StockItem} → save → outbox, in one transaction.
 * Consume and restock are deltas, so when two phones hit the same item at once the loser of the {@code @Version}
 * race is simply run again on the fresh row (no movement lost, no 409); an edit is an absolute value the member
 * chose looking at an older version, so a stale edit is a 409 {@code editedMeanwhile} for the UI to resolve.
 */
@Service
public class StockService {

    private static final Logger log = LoggerFactory.getLogger(StockService.class);
    static final int DELTA_ATTEMPTS = 8;
    static final String CHILD = "CHILD";

    private final StockItemRepository items;
    private final StockMovementRepository movements;
    private final OutboxWriter outbox;
    private final HouseholdZones zones;
    private final Clock clock;
    private final TransactionTemplate tx;

    StockService(StockItemRepository items, StockMovementRepository movements, OutboxWriter outbox, HouseholdZones zones,
                 Clock clock, PlatformTransactionManager txManager) {
        this.items = items;
        this.movements = movements;
        this.outbox = outbox;
        this.zones = zones;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
    }

    @Transactional(readOnly = true)
    public List<StockViews.ItemView> list(CurrentMember member) {
        return items.findByHouseholdIdOrderByCategoryAscNameAsc(member.householdId()).stream()
                .map(StockViews.ItemView::of).toList();
    }

    @Transactional(readOnly = true)
    public StockViews.ItemView get(CurrentMember member, UUID id) {
        return StockViews.ItemView.of(load(member.householdId(), id));
    }

    @Transactional
    public StockViews.ItemView create(CurrentMember member, StockRequests.ItemRequest request) {
        requireAdult(member);
        StockItem.Created created = StockItem.create(member.householdId(), request.details(), member.memberId(),
                zones.today(member.householdId()), clock);
        StockItem item = items.saveAndFlush(created.item());
        outbox.publish(item.id().toString(), item.announced());
        apply(item, created.change());
        return StockViews.ItemView.of(item);
    }

    @Transactional
    public StockViews.ItemView edit(CurrentMember member, UUID id, StockRequests.ItemRequest request) {
        requireAdult(member);
        StockItem item = load(member.householdId(), id);
        if (request.version() != null && !Objects.equals(request.version(), item.version())) {
            throw new OptimisticLockingFailureException("stock item " + id + " is at version " + item.version());
        }
        StockChange change = item.edit(request.details(), member.memberId(), zones.today(member.householdId()), clock);
        items.saveAndFlush(item);
        apply(item, change);
        return StockViews.ItemView.of(item);
    }

    @Transactional
    public void delete(CurrentMember member, UUID id) {
        member.requireAdmin();
        StockItem item = load(member.householdId(), id);
        items.delete(item);
        outbox.publish(item.id().toString(), item.removed());
    }

    /** One-tap consume ({@code n} defaults to one); retried on a concurrent change, never below zero. */
    public StockViews.ItemView consume(CurrentMember member, UUID id, BigDecimal n) {
        BigDecimal taken = n == null ? BigDecimal.ONE : n;
        return retryingDelta(() -> {
            StockItem item = load(member.householdId(), id);
            StockChange change = item.consume(taken, member.memberId(), clock);
            items.saveAndFlush(item);
            apply(item, change);
            return StockViews.ItemView.of(item);
        });
    }

    public StockViews.ItemView restock(CurrentMember member, UUID id, BigDecimal n) {
        LocalDate today = zones.today(member.householdId());
        return retryingDelta(() -> {
            StockItem item = load(member.householdId(), id);
            StockChange change = item.restock(n, member.memberId(), MovementKind.RESTOCK, null, today, clock);
            items.saveAndFlush(item);
            apply(item, change);
            return StockViews.ItemView.of(item);
        });
    }

    @Transactional(readOnly = true)
    public StockViews.MovementPage movements(CurrentMember member, UUID id, int page, int size) {
        load(member.householdId(), id);
        var found = movements.findByHouseholdIdAndStockItemIdOrderBySeqDesc(member.householdId(), id,
                PageRequest.of(page, size));
        return new StockViews.MovementPage(found.getContent().stream().map(StockViews.MovementView::of).toList(), page, size,
                found.getTotalElements());
    }

    /**
     * ShoppingItemPurchased for a linked item: restock by the bought quantity, in the inbox's transaction (so a
     * redelivered event, already in the inbox, changes nothing). An item deleted since, or another household's, is
     * ignored. The row is locked rather than version-checked: a request racing on it waits instead of failing.
     */
    @Transactional
    public void restockFromPurchase(ShoppingItemPurchased bought) {
        if (bought.stockItemId() == null || bought.quantity() == null || bought.quantity().signum() <= 0) {
            return;
        }
        items.lockByIdAndHouseholdId(bought.stockItemId(), bought.householdId()).ifPresentOrElse(item -> {
            StockChange change = item.restock(bought.quantity(), bought.purchasedByMemberId(), MovementKind.PURCHASE,
                    "shopping:" + bought.itemId(), zones.today(bought.householdId()), clock);
            items.saveAndFlush(item);
            apply(item, change);
        }, () -> log.info("Purchase {} names stock item {}, which household {} does not have (any more)",
                bought.itemId(), bought.stockItemId(), bought.householdId()));
    }

    /**
     * The consumption-period scan: each item whose period has run out in its household's today gets its one
     * StockBelowMinimum. Each item in its own transaction; the flag and {@code @Version} keep a second replica
     * scanning at the same time from announcing it again. Returns how many were announced.
     */
    public int announceRunOutPeriods() {
        List<StockItemRepository.Due> due = items.findPeriodRunOutCandidates(zones.latestToday());
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, ZoneId> zoneOf = zones.zonesOf(due.stream().map(StockItemRepository.Due::householdId).distinct().toList());
        int announced = 0;
        for (StockItemRepository.Due d : due) {
            LocalDate today = zones.today(zoneOf.getOrDefault(d.householdId(), HouseholdZones.DEFAULT_ZONE));
            try {
                Boolean sent = tx.execute(s -> items.findByIdAndHouseholdId(d.id(), d.householdId()).map(item -> {
                    StockBelowMinimum event = item.periodRunOut(today);
                    if (event == null) {
                        return false;
                    }
                    items.saveAndFlush(item);
                    outbox.publish(item.id().toString(), event);
                    return true;
                }).orElse(false));
                announced += Boolean.TRUE.equals(sent) ? 1 : 0;
            } catch (OptimisticLockingFailureException meanwhile) {
                log.debug("Stock item {} changed during the period scan; the next scan looks again", d.id());
            }
        }
        return announced;
    }

    private <T> T retryingDelta(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> work.get());
            } catch (ObjectOptimisticLockingFailureException raced) {
                if (attempt >= DELTA_ATTEMPTS) {
                    throw raced;
                }
                log.debug("Stock change raced another (attempt {}), running it again", attempt);
            }
        }
    }

    private void apply(StockItem item, StockChange change) {
        change.movement().ifPresent(movements::save);
        change.event().ifPresent(e -> outbox.publish(item.id().toString(), e));
    }

    private StockItem load(UUID householdId, UUID id) {
        return items.findByIdAndHouseholdId(id, householdId).orElseThrow(() -> new NotFoundException("Stock item"));
    }

    static void requireAdult(CurrentMember member) {
        if (CHILD.equals(member.role())) {
            throw new ForbiddenException("Children can use and restock items but not set them up.");
        }
    }
}
