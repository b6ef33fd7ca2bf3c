package jp.kajimaru.weather.advice;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class WeatherRulesTest {

    /** SPEC §9's table, code by code: every WMO 4677 code 0–99. */
    static final Map<Integer, Category> EXPECTED = expected();

    private static Map<Integer, Category> expected() {
        Map<Integer, Category> m = new TreeMap<>();
        m.put(0, Category.SUNNY);
        // 1–3 (cloud development) and 4–49 (haze, dust, mist, fog, past-hour phenomena), except blowing snow 36–39.
        IntStream.rangeClosed(1, 49).forEach(c -> m.put(c, Category.CLOUDY));
        IntStream.rangeClosed(36, 39).forEach(c -> m.put(c, Category.SNOW));
        IntStream.rangeClosed(50, 67).forEach(c -> m.put(c, Category.RAIN));      // drizzle, rain, freezing
        IntStream.rangeClosed(68, 79).forEach(c -> m.put(c, Category.SNOW));      // sleet, snow, grains, pellets
        IntStream.rangeClosed(80, 84).forEach(c -> m.put(c, Category.RAIN));      // rain showers
        IntStream.rangeClosed(85, 86).forEach(c -> m.put(c, Category.SNOW));      // snow showers
        IntStream.rangeClosed(87, 99).forEach(c -> m.put(c, Category.RAIN));      // hail showers, thunder
        return m;
    }

    /** The codes Open-Meteo sends, with SPEC §9's categories written out once more by hand. */
    static Stream<Arguments> openMeteoCodes() {
        return Stream.of(
                Arguments.of(0, Category.SUNNY), Arguments.of(1, Category.CLOUDY), Arguments.of(2, Category.CLOUDY),
                Arguments.of(3, Category.CLOUDY), Arguments.of(45, Category.CLOUDY), Arguments.of(48, Category.CLOUDY),
                Arguments.of(51, Category.RAIN), Arguments.of(53, Category.RAIN), Arguments.of(55, Category.RAIN),
                Arguments.of(56, Category.RAIN), Arguments.of(57, Category.RAIN), Arguments.of(61, Category.RAIN),
                Arguments.of(63, Category.RAIN), Arguments.of(65, Category.RAIN), Arguments.of(66, Category.RAIN),
                Arguments.of(67, Category.RAIN), Arguments.of(71, Category.SNOW), Arguments.of(73, Category.SNOW),
                Arguments.of(75, Category.SNOW), Arguments.of(77, Category.SNOW), Arguments.of(80, Category.RAIN),
                Arguments.of(81, Category.RAIN), Arguments.of(82, Category.RAIN), Arguments.of(85, Category.SNOW),
                Arguments.of(86, Category.SNOW), Arguments.of(95, Category.RAIN), Arguments.of(96, Category.RAIN),
                Arguments.of(99, Category.RAIN));
    }

    @ParameterizedTest(name = "Open-Meteo code {0} is {1}")
    @MethodSource("openMeteoCodes")
    void everyOpenMeteoCodeHasSpecCategoryAdviceAndFourChores(int code, Category category) {
        WeatherRules.Decision d = WeatherRules.decide(Conditions.of(code)).orElseThrow();
        assertThat(d.category()).isEqualTo(category);
        assertThat(d.recommendations()).hasSize(4).extracting(Recommendation::key).doesNotHaveDuplicates();
        assertThat(d.advice(Language.JA)).isNotBlank().isNotEqualTo(d.advice(Language.EN));
        assertThat(d.advice(Language.EN)).isNotBlank();
        d.recommendations().forEach(r -> {
            assertThat(r.title(Language.JA)).isNotBlank();
            assertThat(r.title(Language.EN)).isNotBlank().isNotEqualTo(r.title(Language.JA));
            assertThat(r.kind()).as("a chore kind key (rotation-service's ChoreKinds)").matches("[a-z]+");
        });
    }

    @Test
    void aSwappedRecommendationStillNamesTheSameChoreKind() {
        assertThat(WeatherRules.decide(new Conditions(0, 20.0, 10.0, 0, 0.0, 48.5, 40)).orElseThrow().recommendations())
                .as("the futon dryer is still the futon chore").extracting(r -> r.key() + ":" + r.kind())
                .startsWith("futonDryer:futon", "vacuumRugs:rugs");
    }

    @Test
    void everyWmoCodeFromZeroToNinetyNineHasItsCategory() {
        for (int code = 0; code <= 99; code++) {
            assertThat(Category.ofWmoCode(code)).as("code %d", code).contains(EXPECTED.get(code));
            assertThat(WeatherRules.decide(Conditions.of(code))).as("code %d", code).isPresent();
        }
    }

    @Test
    void aMissingOrImpossibleCodeHasNoAdvice() {
        assertThat(WeatherRules.decide(Conditions.of(null))).isEmpty();
        assertThat(WeatherRules.decide(Conditions.of(-1))).isEmpty();
        assertThat(WeatherRules.decide(Conditions.of(100))).isEmpty();
    }

    /** Each as advice key : chore kind (ADR 0011; the kinds of the default chores where there is one). */
    @Test
    void theOriginalsFourChoresPerCategoryWithTheirChoreKinds() {
        assertThat(keysAndKinds(0)).containsExactly("airFutons:futon", "sunDryRugs:rugs", "cleanBalcony:balcony",
                "wipeWindowsOutside:windows");
        assertThat(keysAndKinds(3)).containsExactly("wipeFridgeShelves:fridge", "descaleTaps:taps", "sortClothes:clothes",
                "vacuum:rooms");
        assertThat(keysAndKinds(61)).containsExactly("bathroomMould:bath", "cleanDrains:drains", "degreaseHobAndHood:stove",
                "dehumidify:laundry");
        assertThat(keysAndKinds(73)).containsExactly("cleanHumidifier:humidifier", "wipeCondensation:windows",
                "checkStock:stock", "entranceMud:entrance");
    }

    private static List<String> keysAndKinds(int code) {
        return WeatherRules.decide(Conditions.of(code)).orElseThrow().recommendations().stream()
                .map(r -> r.key() + ":" + r.kind()).toList();
    }

    /** Refinements: input → (category, advice situation, chores). */
    static Stream<Arguments> refinements() {
        Conditions sunny = Conditions.of(0);
        Conditions cloudy = Conditions.of(2);
        return Stream.of(
                Arguments.of("plain sunny day", sunny.withPrecipitationProbability(10).withWind(12.0).withHumidity(50)
                        .withTemperatures(18.0, 8.0), Category.SUNNY, "sunny",
                        List.of("airFutons", "sunDryRugs", "cleanBalcony", "wipeWindowsOutside")),
                Arguments.of("sunny, rain chance 59% stays sunny", sunny.withPrecipitationProbability(59),
                        Category.SUNNY, "sunny", List.of("airFutons", "sunDryRugs", "cleanBalcony", "wipeWindowsOutside")),
                Arguments.of("sunny, rain chance 60% counts as rain", sunny.withPrecipitationProbability(60),
                        Category.RAIN, "rainLikely", List.of("bathroomMould", "cleanDrains", "degreaseHobAndHood", "dehumidify")),
                Arguments.of("cloudy, rain chance 80% counts as rain", cloudy.withPrecipitationProbability(80),
                        Category.RAIN, "rainLikely", List.of("bathroomMould", "cleanDrains", "degreaseHobAndHood", "dehumidify")),
                Arguments.of("snow with a high rain chance stays snow", Conditions.of(71).withPrecipitationProbability(90),
                        Category.SNOW, "snow", List.of("cleanHumidifier", "wipeCondensation", "checkStock", "entranceMud")),
                Arguments.of("strong wind: nothing hung outside", sunny.withWind(40.0),
                        Category.SUNNY, "sunnyWindy", List.of("futonDryer", "vacuumRugs", "cleanBalcony", "wipeWindowsOutside")),
                Arguments.of("wind just below strong", sunny.withWind(35.9),
                        Category.SUNNY, "sunny", List.of("airFutons", "sunDryRugs", "cleanBalcony", "wipeWindowsOutside")),
                Arguments.of("cloudy and windy", cloudy.withWind(50.0),
                        Category.CLOUDY, "cloudyWindy", List.of("wipeFridgeShelves", "descaleTaps", "sortClothes", "vacuum")),
                Arguments.of("high humidity: no futon airing", sunny.withHumidity(80),
                        Category.SUNNY, "sunnyHumid", List.of("futonDryer", "sunDryRugs", "cleanBalcony", "wipeWindowsOutside")),
                Arguments.of("humidity just below high", sunny.withHumidity(74),
                        Category.SUNNY, "sunny", List.of("airFutons", "sunDryRugs", "cleanBalcony", "wipeWindowsOutside")),
                Arguments.of("hot day: air-con filter instead of the balcony", sunny.withTemperatures(32.0, 24.0),
                        Category.SUNNY, "sunnyHot", List.of("airFutons", "sunDryRugs", "cleanAirconFilter", "wipeWindowsOutside")),
                Arguments.of("hot, humid and windy", sunny.withTemperatures(33.0, 26.0).withHumidity(85).withWind(45.0),
                        Category.SUNNY, "sunnyWindy", List.of("futonDryer", "vacuumRugs", "cleanAirconFilter", "wipeWindowsOutside")),
                Arguments.of("thunder", Conditions.of(95), Category.RAIN, "thunder",
                        List.of("bathroomMould", "cleanDrains", "degreaseHobAndHood", "dehumidify")),
                Arguments.of("thunder with hail", Conditions.of(99).withWind(60.0), Category.RAIN, "thunder",
                        List.of("bathroomMould", "cleanDrains", "degreaseHobAndHood", "dehumidify")),
                Arguments.of("plain rain", Conditions.of(63).withPrecipitationProbability(100), Category.RAIN, "rain",
                        List.of("bathroomMould", "cleanDrains", "degreaseHobAndHood", "dehumidify")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refinements")
    void refinements(String name, Conditions input, Category category, String situation, List<String> kinds) {
        WeatherRules.Decision d = WeatherRules.decide(input).orElseThrow();
        assertThat(d.category()).isEqualTo(category);
        assertThat(d.situation()).isEqualTo(situation);
        assertThat(d.recommendations()).extracting(Recommendation::key).containsExactlyElementsOf(kinds);
        assertThat(d.advice(Language.JA)).isNotBlank();
        assertThat(d.advice(Language.EN)).isNotBlank();
    }

    @Test
    void everyAdviceSituationIsWrittenInBothLanguages() {
        Set<String> situations = refinements().map(a -> (String) a.get()[3]).collect(Collectors.toSet());
        assertThat(WeatherRules.ADVICE.keySet()).containsAll(situations);
        WeatherRules.ADVICE.forEach((k, lines) -> {
            assertThat(lines).as(k).hasSize(2);
            assertThat(lines[0]).as(k).isNotBlank();
            assertThat(lines[1]).as(k).isNotBlank();
        });
    }

    @Test
    void languageFollowsTheCallerThenTheHousehold() {
        assertThat(Language.choose("en-US,en;q=0.9", "ja")).isEqualTo(Language.EN);
        assertThat(Language.choose("ja", "en")).isEqualTo(Language.JA);
        assertThat(Language.choose(null, "en")).isEqualTo(Language.EN);
        assertThat(Language.choose("fr", "en")).isEqualTo(Language.EN);
        assertThat(Language.choose(null, null)).isEqualTo(Language.JA);
    }

    private static List<String> kinds(int code) {
        return WeatherRules.decide(Conditions.of(code)).orElseThrow().recommendations().stream().map(Recommendation::key).toList();
    }
}
