package jp.kajimaru.user.household;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kajimaru.events.user.RotationUnit;

/**
 * Household settings an admin may change; absent fields stay as they are. The place is {@code location}
 * ({@link LocationPatch}: a city or coordinates); the flat {@code locationLabel}/{@code latitude}/{@code longitude} are
 * the older shape, still accepted, but not together with {@code location}.
 */
public record HouseholdPatch(
        @Size(min = 1, max = 50) String name,
        @Size(max = 64) String timeZone,
        @Pattern(regexp = "ja|en") String locale,
        @Size(min = 1, max = 100) String locationLabel,
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = MAX_FRACTION) BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = MAX_FRACTION) BigDecimal longitude,
        @Min(1) @Max(240) Integer idleTimeoutMinutes,
        RotationUnit rotationUnit,
        Boolean shoppingApprovalRequired,
        @Valid LocationPatch location) {

    /** The settings without the nested {@code location} (the older shape). */
    public HouseholdPatch(String name, String timeZone, String locale, String locationLabel, BigDecimal latitude,
                          BigDecimal longitude, Integer idleTimeoutMinutes, RotationUnit rotationUnit,
                          Boolean shoppingApprovalRequired) {
        this(name, timeZone, locale, locationLabel, latitude, longitude, idleTimeoutMinutes, rotationUnit,
                shoppingApprovalRequired, null);
    }

    /** More decimal places than any GPS gives (1E-100000 would otherwise be a 100,001-digit number to store). */
    static final int MAX_FRACTION = 10;
}
