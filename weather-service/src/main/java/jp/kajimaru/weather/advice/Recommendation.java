package jp.kajimaru.weather.advice;

import java.util.List;

/**
 * A recommended chore: a stable {@code kind} key, its title in Japanese and English, and the words a household's chore
 * name may contain for it to count as this kind (the browser matches them against the chore list).
 */
public record Recommendation(String kind, String ja, String en, List<String> matchTerms) {

    public Recommendation {
        matchTerms = List.copyOf(matchTerms);
    }

    public String title(Language language) {
        return language == Language.EN ? en : ja;
    }
}
