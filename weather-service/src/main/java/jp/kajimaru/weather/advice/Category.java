package jp.kajimaru.weather.advice;

import java.util.Locale;
import java.util.Optional;

/** The four kinds of day the advice knows (SPEC §9). */
public enum Category {
    SUNNY, CLOUDY, RAIN, SNOW;

    /** How the API spells it: {@code sunny}, {@code cloudy}, {@code rain}, {@code snow}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The category of a WMO 4677 present-weather code (Open-Meteo's {@code weather_code}), per SPEC §9: 0 sunny;
     * 1–3, 45, 48 cloudy; drizzle, rain, showers and thunder (51–67, 80–82, 95–99) rain; snow (71–77, 85, 86) snow.
     * Codes Open-Meteo never sends are placed by their WMO group (haze, mist and fog as cloudy; blowing snow, rain
     * and snow mixed, snow as snow; other showers and thunder as rain). Empty for a value outside 0–99.
     */
    public static Optional<Category> ofWmoCode(Integer code) {
        if (code == null || code < 0 || code > 99) {
            return Optional.empty();
        }
        int c = code;
        if (c == 0) {
            return Optional.of(SUNNY);
        }
        if (c >= 36 && c <= 39) {
            return Optional.of(SNOW); // blowing or drifting snow
        }
        if (c <= 49) {
            return Optional.of(CLOUDY); // cloud development, haze, mist, fog and past-hour phenomena
        }
        if (c <= 67) {
            return Optional.of(RAIN); // drizzle and rain, freezing included
        }
        if (c <= 79) {
            return Optional.of(SNOW); // rain and snow mixed, snow, snow grains, ice pellets
        }
        if (c <= 84) {
            return Optional.of(RAIN); // rain showers
        }
        if (c <= 86) {
            return Optional.of(SNOW); // snow showers
        }
        return Optional.of(RAIN); // hail showers and thunderstorms (87–99)
    }
}
