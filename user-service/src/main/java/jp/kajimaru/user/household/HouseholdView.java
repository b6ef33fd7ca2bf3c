package jp.kajimaru.user.household;

import java.math.BigDecimal;
import java.util.UUID;

import jp.kajimaru.events.user.RotationUnit;

/** A household's settings as the API shows them. */
public record HouseholdView(UUID id, String name, String timeZone, String locale, String locationLabel,
                            BigDecimal latitude, BigDecimal longitude, int idleTimeoutMinutes, RotationUnit rotationUnit,
                            boolean shoppingApprovalRequired) {

    static HouseholdView of(Household h) {
        return new HouseholdView(h.id(), h.name(), h.timeZone(), h.locale(), h.locationLabel(), h.latitude(),
                h.longitude(), h.idleTimeoutMinutes(), h.rotationUnit(), h.shoppingApprovalRequired());
    }
}
