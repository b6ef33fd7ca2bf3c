package jp.kajimaru.weather.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/** A place rounded to two decimals (about 1 km) plus the zone its days are counted in: one forecast per key. */
public record LocationKey(BigDecimal latitude, BigDecimal longitude, String timeZone) {

    public static LocationKey of(BigDecimal latitude, BigDecimal longitude, String timeZone) {
        return new LocationKey(latitude.setScale(2, RoundingMode.HALF_UP), longitude.setScale(2, RoundingMode.HALF_UP),
                timeZone);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
