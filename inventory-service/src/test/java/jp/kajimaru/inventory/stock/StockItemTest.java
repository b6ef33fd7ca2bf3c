package jp.kajimaru.inventory.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.events.inventory.StockReplenished;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stock rules, without Spring or a database. */
class StockItemTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final UUID HANA = UUID.randomUUID();

    static StockItem item(String quantity, String minimum) {
        return item(quantity, minimum, null, null);
    }

    static StockItem item(String quantity, String minimum, Integer periodDays, LocalDate lastPurchase) {
        StockItem.Created c = StockItem.create(HOUSEHOLD, details(quantity, minimum, periodDays, lastPurchase), HANA, TODAY, CLOCK);
        return c.item();
    }

    static StockItem.Details details(String quantity, String minimum, Integer periodDays, LocalDate lastPurchase) {
        return new StockItem.Details("トイレットペーパー", StockCategory.DAILY_GOODS, "ロール", new BigDecimal(quantity),
                new BigDecimal(minimum), null, periodDays, lastPurchase);
    }

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void consumingTakesOneAndRecordsWhoAndHowMuch() {
        StockItem paper = item("5", "2");
        StockChange change = paper.consume(BigDecimal.ONE, HANA, CLOCK);
        assertThat(paper.quantity()).isEqualByComparingTo("4");
        StockMovement m = change.movement().orElseThrow();
        assertThat(m.kind()).isEqualTo(MovementKind.CONSUME);
        assertThat(m.delta()).isEqualByComparingTo("-1");
        assertThat(m.quantityAfter()).isEqualByComparingTo("4");
        assertThat(m.memberId()).isEqualTo(HANA);
        assertThat(m.occurredAt()).isEqualTo(CLOCK.instant());
        assertThat(change.event()).isEmpty();
    }

    @Test
    void consumingNeverGoesBelowZeroAndNothingLeftIsNoMovement() {
        StockItem paper = item("2", "0");
        StockChange change = paper.consume(n("5"), HANA, CLOCK);
        assertThat(paper.quantity()).isEqualByComparingTo("0");
        assertThat(change.movement().orElseThrow().delta()).isEqualByComparingTo("-2");
        StockChange again = paper.consume(BigDecimal.ONE, HANA, CLOCK);
        assertThat(paper.quantity()).isEqualByComparingTo("0");
        assertThat(again.movement()).isEmpty();
        assertThat(again.event()).isEmpty();
    }

    @Test
    void theCrossingCarriesTheReorderQuantity() {
        StockItem.Details twelvePack = new StockItem.Details("トイレットペーパー", StockCategory.DAILY_GOODS, "ロール",
                n("3"), n("2"), n("12.000"), null, null);
        StockItem paper = StockItem.create(HOUSEHOLD, twelvePack, HANA, TODAY, CLOCK).item();

        StockBelowMinimum e = (StockBelowMinimum) paper.consume(n("2"), HANA, CLOCK).event().orElseThrow();

        assertThat(e.reorderQuantity()).isEqualTo(n("12"));
    }

    @Test
    void belowMinimumIsAnnouncedOnlyOnTheCrossing() {
        StockItem paper = item("3", "2");
        assertThat(paper.consume(BigDecimal.ONE, HANA, CLOCK).event()).isEmpty(); // 2: at the minimum, not below
        StockChange crossing = paper.consume(BigDecimal.ONE, HANA, CLOCK); // 1: below
        assertThat(crossing.event()).containsInstanceOf(StockBelowMinimum.class);
        StockBelowMinimum e = (StockBelowMinimum) crossing.event().orElseThrow();
        assertThat(e.stockItemId()).isEqualTo(paper.id());
        assertThat(e.householdId()).isEqualTo(HOUSEHOLD);
        assertThat(e.quantity()).isEqualByComparingTo("1");
        assertThat(e.minimum()).isEqualByComparingTo("2");
        assertThat(e.unit()).isEqualTo("ロール");
        assertThat(e.category()).isEqualTo("DAILY_GOODS");
        assertThat(e.reorderQuantity()).isNull();
        assertThat(paper.consume(BigDecimal.ONE, HANA, CLOCK).event()).isEmpty(); // 0: still the same crossing
        assertThat(paper.lowSignalled()).isTrue();
    }

    @Test
    void aRestockAboveTheMinimumReArmsAndAlwaysAnnouncesTheRestock() {
        StockItem paper = item("2", "2");
        assertThat(paper.consume(BigDecimal.ONE, HANA, CLOCK).event()).isPresent();

        StockChange restock = paper.restock(n("4"), HANA, MovementKind.RESTOCK, null, TODAY, CLOCK);
        StockReplenished r = (StockReplenished) restock.event().orElseThrow();
        assertThat(r.quantity()).isEqualByComparingTo("5");
        assertThat(r.addedQuantity()).isEqualByComparingTo("4");
        assertThat(restock.movement().orElseThrow().kind()).isEqualTo(MovementKind.RESTOCK);
        assertThat(paper.lowSignalled()).isFalse();
        assertThat(paper.lastPurchasedOn()).isEqualTo(TODAY);

        paper.consume(n("3"), HANA, CLOCK); // 2
        assertThat(paper.consume(BigDecimal.ONE, HANA, CLOCK).event()).containsInstanceOf(StockBelowMinimum.class);
    }

    @Test
    void aRestockThatStaysBelowTheMinimumKeepsTheSignalGiven() {
        StockItem paper = item("1", "4");  // created below: announced at once
        assertThat(paper.lowSignalled()).isTrue();
        StockChange restock = paper.restock(BigDecimal.ONE, HANA, MovementKind.PURCHASE, "shopping:x", TODAY, CLOCK);
        assertThat(restock.event()).containsInstanceOf(StockReplenished.class);
        assertThat(paper.lowSignalled()).isTrue();
        assertThat(paper.consume(BigDecimal.ONE, HANA, CLOCK).event()).isEmpty();
    }

    @Test
    void anItemCreatedBelowItsMinimumIsAnnouncedOnce() {
        StockItem.Created c = StockItem.create(HOUSEHOLD, details("0", "1", null, null), HANA, TODAY, CLOCK);
        assertThat(c.change().event()).containsInstanceOf(StockBelowMinimum.class);
        assertThat(c.change().movement().orElseThrow().kind()).isEqualTo(MovementKind.INITIAL);
        assertThat(c.item().consume(BigDecimal.ONE, HANA, CLOCK).event()).isEmpty();
    }

    @Test
    void aCountUpIsAnAdjustmentThatReArmsAndACountDownCanCross() {
        StockItem paper = item("1", "2");
        assertThat(paper.lowSignalled()).isTrue();
        StockChange up = paper.edit(details("6", "2", null, null), HANA, TODAY, CLOCK);
        assertThat(up.movement().orElseThrow().kind()).isEqualTo(MovementKind.ADJUST);
        assertThat(up.movement().orElseThrow().delta()).isEqualByComparingTo("5");
        assertThat(paper.lowSignalled()).isFalse();
        StockChange down = paper.edit(details("1", "2", null, null), HANA, TODAY, CLOCK);
        assertThat(down.event()).containsInstanceOf(StockBelowMinimum.class);
        StockChange rename = paper.edit(details("1", "2", null, null), HANA, TODAY, CLOCK);
        assertThat(rename.movement()).isEmpty();
        assertThat(rename.event()).isEmpty();
    }

    @Test
    void theConsumptionPeriodRunsOutTwoDaysEarlyOncePerPeriodAndARestockStartsANewOne() {
        LocalDate bought = TODAY.minusDays(20);
        StockItem rice = item("5", "1", 30, bought);
        assertThat(rice.periodSignalOn()).isEqualTo(bought.plusDays(28));
        assertThat(rice.periodRunOut(bought.plusDays(27))).isNull();
        StockBelowMinimum e = rice.periodRunOut(bought.plusDays(28));
        assertThat(e).isNotNull();
        assertThat(e.quantity()).isEqualByComparingTo("5");
        assertThat(rice.periodRunOut(bought.plusDays(29))).isNull();
        // Crossing the minimum in the same period says nothing new: the shopping list already has it.
        assertThat(rice.consume(n("5"), HANA, CLOCK).event()).isEmpty();

        LocalDate later = bought.plusDays(29);
        rice.restock(n("5"), HANA, MovementKind.PURCHASE, null, later, CLOCK);
        assertThat(rice.lowSignalled()).isFalse();
        assertThat(rice.periodSignalOn()).isEqualTo(later.plusDays(28));
        assertThat(rice.periodRunOut(later.plusDays(27))).isNull();
        assertThat(rice.periodRunOut(later.plusDays(28))).isNotNull();
    }

    @Test
    void aShortPeriodRunsOutNoSoonerThanTheDayAfterThePurchase() {
        StockItem milk = item("1", "0", 2, TODAY);
        assertThat(milk.periodSignalOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(milk.periodRunOut(TODAY)).isNull();
    }

    @Test
    void badValuesAreFieldErrors() {
        StockItem paper = item("2", "1");
        assertThatThrownBy(() -> paper.consume(BigDecimal.ZERO, HANA, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> paper.restock(n("-1"), HANA, MovementKind.RESTOCK, null, TODAY, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> paper.edit(details("1", "-1", null, null), HANA, TODAY, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("minimum"));
        assertThatThrownBy(() -> paper.edit(details("1", "1", 10, TODAY.plusDays(1)), HANA, TODAY, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("lastPurchasedOn"));
        assertThatThrownBy(() -> paper.consume(n("0.0001"), HANA, CLOCK))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void quantitiesAreShownWithoutTrailingZeros() {
        assertThat(StockItem.normal(n("10.000")).toString()).isEqualTo("10");
        assertThat(StockItem.normal(n("1.500")).toString()).isEqualTo("1.5");
    }
}
