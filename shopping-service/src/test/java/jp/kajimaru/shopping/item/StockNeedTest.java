package jp.kajimaru.shopping.item;

import java.math.BigDecimal;
import java.util.UUID;

import jp.kajimaru.events.inventory.StockBelowMinimum;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How much a stock crossing puts on the list. */
class StockNeedTest {

    private static StockBelowMinimum low(String quantity, String minimum, String reorder) {
        return new StockBelowMinimum(UUID.randomUUID(), UUID.randomUUID(), "牛乳", new BigDecimal(quantity),
                new BigDecimal(minimum), "本", "FOOD", reorder == null ? null : new BigDecimal(reorder));
    }

    @Test
    void theReorderQuantityWinsWhenTheItemHasOne() {
        assertThat(ShoppingItemService.need(low("1", "2", "6"))).isEqualByComparingTo("6");
        assertThat(ShoppingItemService.need(low("0", "10", "6"))).isEqualByComparingTo("6");
    }

    @Test
    void withoutOneItIsWhatReachesTheMinimumAndAtLeastOne() {
        assertThat(ShoppingItemService.need(low("1", "4", null))).isEqualByComparingTo("3");
        assertThat(ShoppingItemService.need(low("2", "2", null))).isEqualByComparingTo("1");
        assertThat(ShoppingItemService.need(low("1", "4", "0"))).isEqualByComparingTo("3");
    }

    @Test
    void anOlderProducerWithoutTheFieldStillGetsTheGap() {
        StockBelowMinimum older = new StockBelowMinimum(UUID.randomUUID(), UUID.randomUUID(), "Rice",
                new BigDecimal("0.5"), new BigDecimal("2"), "kg", "FOOD");
        assertThat(ShoppingItemService.need(older)).isEqualByComparingTo("1.5");
    }
}
