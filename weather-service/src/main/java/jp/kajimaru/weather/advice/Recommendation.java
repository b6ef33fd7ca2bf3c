package jp.kajimaru.weather.advice;

/**
 * A recommended chore: its own stable {@code key} (which advice it is, e.g. {@code futonDryer}), the chore
 * {@code kind} it stands for (a key of rotation-service's ChoreKinds vocabulary, e.g. {@code futon}; ADR 0011) and
 * its title in Japanese and English.
 */
public record Recommendation(String key, String kind, String ja, String en) {

    public String title(Language language) {
        return language == Language.EN ? en : ja;
    }
}
