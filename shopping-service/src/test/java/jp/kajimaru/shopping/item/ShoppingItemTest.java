package jp.kajimaru.shopping.item;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.shopping.ItemSource;
import jp.kajimaru.events.shopping.ShoppingItemAdded;
import jp.kajimaru.events.shopping.ShoppingItemApprovalRequested;
import jp.kajimaru.events.shopping.ShoppingItemApproved;
import jp.kajimaru.events.shopping.ShoppingItemPurchased;
import jp.kajimaru.events.shopping.ShoppingItemRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShoppingItemTest {

    private static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final UUID household = UUID.randomUUID();
    private final UUID child = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    private ShoppingItem milk(boolean needsApproval) {
        return ShoppingItem.manual(household, new ItemDetails(" 牛乳 ", new BigDecimal("2"), "本", null, null, null),
                "dairy", child, needsApproval, clock);
    }

    @Test
    void aChildsAdditionIsPendingAndAsksForApproval() {
        ShoppingItem item = milk(true);
        assertThat(item.status()).isEqualTo(ItemStatus.PENDING);
        assertThat(item.name()).isEqualTo("牛乳");
        assertThat(item.quantity()).isEqualByComparingTo("2");
        assertThat(item.additionEvent()).isEqualTo(new ShoppingItemApprovalRequested(household, item.id(), "牛乳", child));
    }

    @Test
    void anAdditionWithoutApprovalIsOnTheListAndSaysSo() {
        ShoppingItem item = milk(false);
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(item.additionEvent()).isEqualTo(new ShoppingItemAdded(household, item.id(), household, "牛乳",
                new BigDecimal("2.00"), "本", "dairy", child, ItemSource.MANUAL));
    }

    @Test
    void approveChecksPendingRecordsWhoAndWhenAndReturnsTheEvent() {
        ShoppingItem item = milk(true);
        ShoppingItemApproved event = item.approve(admin, clock);
        assertThat(event).isEqualTo(new ShoppingItemApproved(household, item.id(), "牛乳", admin));
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(item.decidedByMemberId()).isEqualTo(admin);
        assertThat(item.decidedAt()).isEqualTo(T0);
        assertThatThrownBy(() -> item.approve(admin, clock)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> item.reject(admin, null, clock)).isInstanceOf(ConflictException.class);
    }

    @Test
    void rejectTakesThePendingItemOffTheList() {
        ShoppingItem item = milk(true);
        ShoppingItemRejected event = item.reject(admin, " not this week ", clock);
        assertThat(event).isEqualTo(new ShoppingItemRejected(household, item.id(), "牛乳", admin, "not this week"));
        assertThat(item.status()).isEqualTo(ItemStatus.REJECTED);
        assertThatThrownBy(() -> item.purchase(admin, clock)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> item.edit(new ItemDetails("x", null, null, null, null, null), null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPendingItemCannotBeTicked() {
        assertThatThrownBy(() -> milk(true).purchase(admin, clock)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aTickIsRecordedOnceAndASecondTickChangesNothing() {
        UUID stock = UUID.randomUUID();
        ShoppingItem item = ShoppingItem.fromStock(household, stock, UUID.randomUUID(), "Rice", new BigDecimal("1.5"),
                "kg", "other", clock);
        ShoppingItemPurchased event = item.purchase(admin, clock).orElseThrow();
        assertThat(event).isEqualTo(new ShoppingItemPurchased(household, item.id(), "Rice", new BigDecimal("1.50"), admin,
                T0, stock));
        Clock later = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
        assertThat(item.purchase(child, later)).isEmpty();
        assertThat(item.purchasedByMemberId()).isEqualTo(admin);
        assertThat(item.purchasedAt()).isEqualTo(T0);
    }

    @Test
    void undoPutsItBackOnTheListAndIsANoOpOnAnOpenItem() {
        ShoppingItem item = milk(false);
        assertThat(item.undoPurchase()).isFalse();
        item.purchase(admin, clock);
        assertThat(item.undoPurchase()).isTrue();
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(item.purchasedAt()).isNull();
        assertThat(item.purchasedByMemberId()).isNull();
    }

    @Test
    void mergingAddsQuantitiesInTheSameUnitOrWithoutOne() {
        ShoppingItem item = milk(false);
        assertThat(item.mergeAddition(new BigDecimal("1"), "本", admin, false, clock)).isEmpty();
        assertThat(item.mergeAddition(null, null, admin, false, clock)).isEmpty();
        assertThat(item.quantity()).isEqualByComparingTo("4");
        assertThat(item.memo()).isNull();
    }

    @Test
    void mergingInAnotherUnitNotesItInTheMemo() {
        ShoppingItem item = milk(false);
        item.mergeAddition(new BigDecimal("1.5"), "L", admin, false, clock);
        assertThat(item.quantity()).isEqualByComparingTo("2");
        assertThat(item.memo()).isEqualTo("+ 1.5 L");
    }

    @Test
    void anAdditionThatNeedsNoApprovalApprovesAPendingItem() {
        ShoppingItem item = milk(true);
        assertThat(item.mergeAddition(BigDecimal.ONE, null, child, true, clock)).isEmpty();
        assertThat(item.status()).isEqualTo(ItemStatus.PENDING);
        assertThat(item.mergeAddition(BigDecimal.ONE, null, admin, false, clock))
                .contains(new ShoppingItemApproved(household, item.id(), "牛乳", admin));
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(item.quantity()).isEqualByComparingTo("4");
    }

    @Test
    void aMergeBeyondTheMaximumIsAFieldError() {
        ShoppingItem item = milk(false);
        assertThatThrownBy(() -> item.mergeAddition(new BigDecimal("9999"), null, admin, false, clock))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("quantity");
        assertThat(item.quantity()).isEqualByComparingTo("2");
    }

    @Test
    void aStockNeedIsAFloorLinksTheItemAndApprovesItAutomatically() {
        UUID stock = UUID.randomUUID();
        ShoppingItem item = milk(true);
        assertThat(item.coverStockNeed(stock, new BigDecimal("1"), clock))
                .contains(new ShoppingItemApproved(household, item.id(), "牛乳", null));
        assertThat(item.quantity()).isEqualByComparingTo("2");
        assertThat(item.stockItemId()).isEqualTo(stock);
        assertThat(item.coverStockNeed(stock, new BigDecimal("3"), clock)).isEmpty();
        assertThat(item.quantity()).isEqualByComparingTo("3");
    }

    @Test
    void quantitiesAreRoundedUpToTwoDecimalsAndMustBePositive() {
        assertThat(ShoppingItem.checkedQuantity(new BigDecimal("0.001"))).isEqualByComparingTo("0.01");
        assertThatThrownBy(() -> ShoppingItem.checkedQuantity(BigDecimal.ZERO)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> ShoppingItem.manual(household, new ItemDetails("　", null, null, null, null, null),
                "other", admin, false, clock)).isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("name");
    }
}
