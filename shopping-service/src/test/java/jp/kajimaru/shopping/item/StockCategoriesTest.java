package jp.kajimaru.shopping.item;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.shopping.settings.ShoppingSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** inventory-service sends its enum names (DAILY_GOODS, HYGIENE, ...); each lands in a category of the list. */
class StockCategoriesTest {

    @Test
    void inventorysCategoriesMapToTheDefaultOnes() {
        ShoppingSettings defaults = ShoppingSettings.defaults(UUID.randomUUID());
        assertThat(StockCategories.forStock("DAILY_GOODS", defaults)).isEqualTo("household");
        assertThat(StockCategories.forStock("KITCHEN", defaults)).isEqualTo("household");
        assertThat(StockCategories.forStock("CLEANING", defaults)).isEqualTo("household");
        assertThat(StockCategories.forStock("LAUNDRY", defaults)).isEqualTo("household");
        assertThat(StockCategories.forStock("HYGIENE", defaults)).isEqualTo("hygiene");
        assertThat(StockCategories.forStock("FOOD", defaults)).isEqualTo("other");
        assertThat(StockCategories.forStock("OTHER", defaults)).isEqualTo("other");
        assertThat(StockCategories.forStock(null, defaults)).isEqualTo("other");
        assertThat(StockCategories.forStock("GARDEN", defaults)).isEqualTo("other");
    }

    @Test
    void theHouseholdsOwnCategoryOfThatNameWinsElseItsFallback() {
        ShoppingSettings own = ShoppingSettings.defaults(UUID.randomUUID());
        own.update(false, List.of("Food", "Drugstore"), Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC));
        assertThat(StockCategories.forStock("FOOD", own)).isEqualTo("Food");
        assertThat(StockCategories.forStock("HYGIENE", own)).isEqualTo("Drugstore");
    }
}
