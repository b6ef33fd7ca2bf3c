package jp.kajimaru.inventory.stock;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the stock API. */
public final class StockRequests {

    private StockRequests() {
    }

    /**
     * POST (create) and PATCH (edit): PATCH replaces every editable field with what is sent, like the form does;
     * {@code version} (PATCH only) is the version the client read — an older one is a 409 {@code editedMeanwhile}.
     * A changed quantity in a PATCH is a count and shows in the history as ADJUST.
     */
    public record ItemRequest(
            @NotBlank @Size(max = 100) String name,
            StockCategory category,
            @NotBlank @Size(max = 20) String unit,
            @NotNull @DecimalMin("0") @DecimalMax("999999999") @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @NotNull @DecimalMin("0") @DecimalMax("999999999") @Digits(integer = 9, fraction = 3) BigDecimal minimum,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999") @Digits(integer = 9, fraction = 3)
            BigDecimal reorderQuantity,
            @Min(1) @Max(3650) Integer consumptionPeriodDays,
            LocalDate lastPurchasedOn,
            Long version) {

        StockItem.Details details() {
            return new StockItem.Details(name, category, unit, quantity, minimum, reorderQuantity, consumptionPeriodDays,
                    lastPurchasedOn);
        }
    }

    /** Consume or restock; a consume without a body or quantity takes one. */
    public record QuantityRequest(
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999") @Digits(integer = 9, fraction = 3)
            BigDecimal quantity) {
    }
}
