package jp.kajimaru.user.household;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kajimaru.events.user.RotationUnit;

/** Household settings an admin may change; absent fields stay as they are. */
public record HouseholdPatch(
        @Size(min = 1, max = 50) String name,
        @Size(max = 64) String timeZone,
        @Pattern(regexp = "ja|en") String locale,
        @Size(min = 1, max = 100) String locationLabel,
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = MAX_FRACTION) BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = MAX_FRACTION) BigDecimal longitude,
        @Min(1) @Max(240) Integer idleTimeoutMinutes,
        RotationUnit rotationUnit,
        Boolean shoppingApprovalRequired) {

    /** More decimal places than any GPS gives (1E-100000 would otherwise be a 100,001-digit number to store). */
    static final int MAX_FRACTION = 10;
}
