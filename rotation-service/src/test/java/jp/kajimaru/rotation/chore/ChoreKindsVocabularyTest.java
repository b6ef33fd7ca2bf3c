package jp.kajimaru.rotation.chore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chore-kind vocabulary is written in three places (ADR 0011): {@link ChoreKinds} here (it validates), the kinds
 * weather-service's recommendations name, and the web UI's kind select. Read from the sources, so a kind added on one
 * side only fails here instead of as a recommendation that can never match or a select option the server refuses.
 */
class ChoreKindsVocabularyTest {

    static final Path RULES = Path.of("../weather-service/src/main/java/jp/kajimaru/weather/advice/WeatherRules.java");
    static final Path UI = Path.of("../gateway/src/main/resources/static/js/i18n/chore-kinds.js");

    @Test
    void everyKindAWeatherRecommendationNamesIsAChoreKind() throws IOException {
        List<String> named = all(Files.readString(RULES), "rec\\(\"\\w+\", \"(\\w+)\"");
        assertThat(named).hasSizeGreaterThanOrEqualTo(16);
        assertThat(ChoreKinds.ALL).containsAll(named);
    }

    @Test
    void theWebUiOffersExactlyTheChoreKinds() throws IOException {
        String ui = Files.readString(UI);
        Matcher list = Pattern.compile("CHORE_KINDS = \\[([^\\]]*)\\]").matcher(ui);
        assertThat(list.find()).as("CHORE_KINDS in " + UI).isTrue();
        assertThat(all(list.group(1), "'(\\w+)'")).containsExactlyElementsOf(ChoreKinds.ALL);
        ChoreKinds.ALL.forEach(kind -> assertThat(ui).as("ja and en label of " + kind)
                .containsSubsequence("'choreKind." + kind + "'", "'choreKind." + kind + "'"));
    }

    @Test
    void everyDefaultChoreCarriesAKind() {
        assertThat(DefaultChores.TEMPLATES).extracting(DefaultChores.Template::key).allSatisfy(k -> assertThat(ChoreKinds.ALL).contains(k));
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
