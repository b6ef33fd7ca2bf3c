package jp.kajimaru.user.household;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * A household's new place: either {@code {city}} (a key of {@link Cities}; its name in the household's language becomes
 * the label) or {@code {latitude, longitude}} with an optional {@code label} (default: the city at those coordinates,
 * else the coordinates themselves).
 */
public record LocationPatch(
        @Size(max = 32) String city,
        @Size(min = 1, max = 100) String label,
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = HouseholdPatch.MAX_FRACTION) BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = HouseholdPatch.MAX_FRACTION) BigDecimal longitude) {
}
