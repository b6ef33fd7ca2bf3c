package jp.kajimaru.rotation.chore;

import java.util.List;

import jp.kajimaru.domain.InvalidFieldException;

/**
 * The vocabulary of chore kinds: stable keys that say what a chore is, whatever the household calls it. The default
 * chores carry their template's key as kind; an admin may set or clear any chore's kind; weather-service's
 * recommendations name kinds from this list (its {@code WeatherRules} uses the same keys), and the dashboard offers
 * "do it today" for the chore of the recommended kind. Keys are only ever added: a removed key would orphan chores.
 */
public final class ChoreKinds {

    /** The default chores' template keys first (DefaultChores), then the kinds weather advice recommends. */
    public static final List<String> ALL = List.of(
            "breakfast", "lunch", "dinner", "dishes", "toilet", "bath", "garbage", "entrance", "folding", "laundry", "rooms",
            "futon", "rugs", "balcony", "windows", "fridge", "taps", "clothes", "drains", "stove", "humidifier", "stock",
            "aircon");

    private ChoreKinds() {
    }

    /** {@code kind} if it is one of {@link #ALL}, null for null; anything else is the caller's mistake. */
    static String checked(String kind) {
        if (kind == null) {
            return null;
        }
        if (!ALL.contains(kind)) {
            throw new InvalidFieldException("kind", "chore.kind", "Unknown chore kind; one of: " + String.join(", ", ALL) + ".");
        }
        return kind;
    }
}
