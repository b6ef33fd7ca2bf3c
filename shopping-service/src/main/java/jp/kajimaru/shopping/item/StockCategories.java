package jp.kajimaru.shopping.item;

import java.util.Map;

import jp.kajimaru.shopping.names.ItemNames;
import jp.kajimaru.shopping.settings.DefaultCategories;
import jp.kajimaru.shopping.settings.ShoppingSettings;

/**
 * Where an item from the pantry goes on the list. Stock has its own categories (SPEC §7: daily goods, hygiene,
 * kitchen, cleaning, laundry, food, other); the household's own category of the same name wins, else the nearest
 * default, else the household's fallback.
 */
final class StockCategories {

    private static final Map<String, String> NEAREST = Map.of(
            "dailygoods", "household", "daily goods", "household", "kitchen", "household", "cleaning", "household",
            "laundry", "household", "hygiene", "hygiene", "food", DefaultCategories.OTHER);

    private StockCategories() {
    }

    static String forStock(String stockCategory, ShoppingSettings settings) {
        if (stockCategory == null || stockCategory.isBlank()) {
            return settings.fallbackCategory();
        }
        String own = settings.category(stockCategory);
        if (own != null) {
            return own;
        }
        String nearest = NEAREST.get(ItemNames.key(stockCategory).replace("_", "").replace("-", ""));
        String mapped = nearest == null ? null : settings.category(nearest);
        return mapped != null ? mapped : settings.fallbackCategory();
    }
}
