package jp.kajimaru.shopping.settings;

import java.util.List;

/**
 * SPEC §6's categories as keys the web UI translates (produce, meat &amp; fish, dairy, bakery, frozen, drinks,
 * household goods, hygiene, other). A household may rename, reorder or add its own; those are shown as typed.
 */
public final class DefaultCategories {

    public static final String OTHER = "other";
    public static final List<String> KEYS = List.of(
            "produce", "meatFish", "dairy", "bakery", "frozen", "drinks", "household", "hygiene", OTHER);

    private DefaultCategories() {
    }
}
