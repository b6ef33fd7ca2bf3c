package jp.kajimaru.user.household;

import java.math.BigDecimal;
import java.util.UUID;

import jp.kajimaru.events.user.RotationUnit;

/**
 * A household's settings as the API shows them. {@code location} is the place in the shape PATCH takes ({@code city}:
 * the preset at the coordinates, or null); the flat {@code locationLabel}/{@code latitude}/{@code longitude} stay for
 * clients written before it.
 */
public record HouseholdView(UUID id, String name, String timeZone, String locale, String locationLabel,
                            BigDecimal latitude, BigDecimal longitude, int idleTimeoutMinutes, RotationUnit rotationUnit,
                            boolean shoppingApprovalRequired, Place location) {

    public record Place(String city, String label, BigDecimal latitude, BigDecimal longitude) {
    }

    static HouseholdView of(Household h) {
        return new HouseholdView(h.id(), h.name(), h.timeZone(), h.locale(), h.locationLabel(), h.latitude(),
                h.longitude(), h.idleTimeoutMinutes(), h.rotationUnit(), h.shoppingApprovalRequired(),
                new Place(Cities.at(h.latitude(), h.longitude()).map(Cities.City::key).orElse(null), h.locationLabel(),
                        h.latitude(), h.longitude()));
    }
}
