package jp.kajimaru.shopping.item;

import java.math.BigDecimal;
import java.util.UUID;

/** What a person says about an item; for an edit, a null field stays as it was. */
public record ItemDetails(String name, BigDecimal quantity, String unit, String memo, String category, UUID stockItemId) {
}
