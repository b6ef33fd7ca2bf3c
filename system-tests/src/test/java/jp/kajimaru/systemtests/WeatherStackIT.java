package jp.kajimaru.systemtests;

import java.time.Duration;

import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #12 in the running stack, through the gateway: weather-service asks {@link RecordedOpenMeteo} (a real HTTP
 * server in this JVM; the launcher got its URL as {@code KAJIMARU_WEATHER_BASE_URL}) for each household's own place.
 * Households in different places get different advice; a household's new place reaches weather-service as
 * HouseholdUpdated over Kafka; a provider that fails (HTTP 500) or never answers shows as "unavailable", never as an
 * error; when the whole provider goes down after a good fetch, the last forecast is shown as "stale" with its age, and
 * it is fresh again once the provider is back. The failing places come last: their failures count towards the circuit
 * breaker of the provider's host (ADR 0011). The stack's weather timings are short for this (RunningStack): refresh
 * after 20 s, stale after 45 s, the breaker open for 15 s.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WeatherStackIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final Duration POLL = Duration.ofMillis(300);

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.get();
    }

    @Test
    @Order(1)
    void householdsInDifferentPlacesGetTheirOwnForecastAndAdviceAndOnePlaceIsFetchedOnce() {
        TestApi tokyo = signUp("Tokyo family");
        TestApi sapporo = signUp("Sapporo family");
        moveTo(sapporo, "sapporo");

        JsonNode inTokyo = awaitWeatherAt(tokyo, "東京");
        JsonNode inSapporo = awaitWeatherAt(sapporo, "札幌");

        assertThat(inTokyo.get("status").asString()).isEqualTo("fresh");
        assertThat(inTokyo.get("category").asString()).isEqualTo("cloudy");
        assertThat(inTokyo.get("weatherCode").asInt()).isEqualTo(3);
        assertThat(inTokyo.get("precipitationProbability").asInt()).isEqualTo(30);
        assertThat(inSapporo.get("status").asString()).isEqualTo("fresh");
        assertThat(inSapporo.get("category").asString()).isEqualTo("snow");
        assertThat(inSapporo.get("temperatureMax").asDouble()).isEqualTo(-1.5);
        assertThat(inSapporo.get("advice").asString()).isNotBlank().isNotEqualTo(inTokyo.get("advice").asString());
        assertThat(keys(inTokyo)).hasSize(4).contains("vacuum").doesNotContainAnyElementsOf(keys(inSapporo));
        assertThat(keys(inSapporo)).hasSize(4).contains("entranceMud");
        assertThat(values(inTokyo, "kind")).as("chore kinds").containsExactly("fridge", "taps", "clothes", "rooms");

        // A third household in Tokyo shares the cached forecast: the same fetch, read back to back. (The forecast is
        // refreshed every 20 s here, so at most one refresh may fall between the first and the last read.)
        int tokyoCalls = RecordedOpenMeteo.get().calls(RecordedOpenMeteo.TOKYO);
        assertThat(tokyoCalls).isPositive();
        TestApi neighbours = signUp("Tokyo neighbours");
        JsonNode neighbour = awaitWeatherAt(neighbours, "東京");
        JsonNode tokyoAgain = tokyo.get("/api/weather/today").json();
        assertThat(neighbour.get("category").asString()).isEqualTo("cloudy");
        assertThat(neighbour.get("fetchedAt").asString()).isEqualTo(tokyoAgain.get("fetchedAt").asString());
        assertThat(RecordedOpenMeteo.get().calls(RecordedOpenMeteo.TOKYO)).isBetween(tokyoCalls, tokyoCalls + 1);
    }

    @Test
    @Order(2)
    void aHouseholdsNewPlaceReachesWeatherServiceByEventAndChangesItsAdvice() {
        TestApi family = signUp("Moving family");
        JsonNode before = awaitWeatherAt(family, "東京");
        assertThat(before.get("category").asString()).isEqualTo("cloudy");

        moveTo(family, "naha");

        JsonNode after = awaitWeatherAt(family, "那覇");
        assertThat(after.get("status").asString()).isEqualTo("fresh");
        assertThat(after.get("category").asString()).isEqualTo("sunny");
        assertThat(after.get("adviceKind").asString()).as("48.5 km/h: strong wind").isEqualTo("sunnyWindy");
        assertThat(keys(after)).as("nothing aired outside in strong wind").contains("futonDryer", "vacuumRugs")
                .doesNotContain("airFutons", "sunDryRugs");
        assertThat(after.get("location").get("latitude").asDouble()).isEqualTo(26.2124);
    }

    @Test
    @Order(3)
    void aProviderAnswering500OrNothingShowsAsUnavailableNeverAsAnError() {
        TestApi failing = signUp("Fukuoka family");
        TestApi silent = signUp("Kagoshima family");
        moveTo(failing, "fukuoka");
        moveTo(silent, "kagoshima");

        try {
            for (TestApi family : new TestApi[] {failing, silent}) {
                String place = family == failing ? "福岡" : "鹿児島";
                JsonNode w = awaitWeatherAt(family, place);
                assertThat(w.get("status").asString()).as(place).isEqualTo("unavailable");
                assertThat(w.get("category").isNull()).as(place).isTrue();
                assertThat(w.get("recommendations").size()).as(place).isZero();
            }
        } finally {
            // Back to Tokyo: the schedule would otherwise keep asking for these places (and feeding the breaker) for
            // the rest of the suite.
            moveTo(failing, "tokyo");
            moveTo(silent, "tokyo");
        }
        assertThat(RecordedOpenMeteo.get().calls(RecordedOpenMeteo.FUKUOKA_FAILING)).as("HTTP 500 is retried")
                .isGreaterThanOrEqualTo(2);
        assertThat(RecordedOpenMeteo.get().calls(RecordedOpenMeteo.KAGOSHIMA_SILENT)).isPositive();

        // The places that work have their forecast (fresh again at the latest once the breaker lets a call through).
        JsonNode tokyo = awaitWeather(signUp("Tokyo after the outage"), "東京", "fresh");
        assertThat(tokyo.get("category").asString()).isEqualTo("cloudy");
    }

    @Test
    @Order(4)
    void whenTheProviderGoesDownAfterAGoodFetchTheLastForecastIsShownStaleWithItsAgeThenFreshAgain() {
        TestApi family = signUp("Kobe family");
        moveTo(family, "kobe");
        JsonNode fresh = awaitWeather(family, "神戸", "fresh");
        String fetchedAt = fresh.get("fetchedAt").asString();
        RecordedOpenMeteo.get().outage(true);
        try {
            JsonNode stale = awaitWeather(family, "神戸", "stale");
            assertThat(stale.get("fetchedAt").asString()).as("the last good forecast").isEqualTo(fetchedAt);
            assertThat(stale.get("ageMinutes").isIntegralNumber()).as(stale.toString()).isTrue();
            assertThat(stale.get("ageMinutes").asLong()).isNotNegative();
            assertThat(stale.get("category").asString()).isEqualTo(fresh.get("category").asString());
            assertThat(stale.get("advice").asString()).isEqualTo(fresh.get("advice").asString());
            assertThat(keys(stale)).containsExactlyElementsOf(keys(fresh));
        } finally {
            RecordedOpenMeteo.get().outage(false);
        }
        JsonNode back = awaitWeather(family, "神戸", "fresh");
        assertThat(back.get("fetchedAt").asString()).as("fetched anew once the provider is back").isNotEqualTo(fetchedAt);
    }

    /** A new household, its admin signed in (Japanese, Tokyo: user-service's defaults). */
    static TestApi signUp(String householdName) {
        return StackSignUp.admin("weather", "Mio", householdName);
    }

    /** The admin moves the household to a city preset in user-service (what the settings page sends). */
    static void moveTo(TestApi admin, String city) {
        TestApi.Reply moved = admin.patch("/api/households/current", "{\"location\":{\"city\":\"" + city + "\"}}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    /** Like {@link #awaitWeatherAt}, until the forecast also has {@code status}. */
    static JsonNode awaitWeather(TestApi family, String label, String status) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(WAIT).pollInterval(POLL).until(() -> {
            last[0] = awaitWeatherAt(family, label);
            return status.equals(last[0].get("status").asString());
        });
        return last[0];
    }

    /**
     * Polls {@code GET /api/weather/today} until weather-service shows the household at {@code label} (its replica
     * follows user-service's events); every answer on the way must be a 200, whatever the provider does.
     */
    static JsonNode awaitWeatherAt(TestApi family, String label) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(WAIT).pollInterval(POLL).until(() -> {
            TestApi.Reply r = family.get("/api/weather/today");
            assertThat(r.status()).as("GET /api/weather/today: " + r.body()).isEqualTo(200);
            last[0] = r.json();
            return label.equals(last[0].get("location").get("label").asString());
        });
        return last[0];
    }

    /** Which advice each recommendation is. */
    static java.util.List<String> keys(JsonNode weather) {
        return values(weather, "key");
    }

    static java.util.List<String> values(JsonNode weather, String field) {
        java.util.List<String> values = new java.util.ArrayList<>();
        weather.get("recommendations").forEach(r -> values.add(r.get(field).asString()));
        return values;
    }
}
