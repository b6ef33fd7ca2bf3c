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
 * error. The failing places come last: their failures count towards the circuit breaker that all places share.
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
        moveTo(sapporo, "札幌", "43.0642", "141.3469");

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
        assertThat(kinds(inTokyo)).hasSize(4).contains("vacuum").doesNotContainAnyElementsOf(kinds(inSapporo));
        assertThat(kinds(inSapporo)).hasSize(4).contains("entranceMud");

        // A third household in Tokyo shares the cached forecast: no new request for the place.
        int tokyoCalls = RecordedOpenMeteo.get().calls(RecordedOpenMeteo.TOKYO);
        assertThat(tokyoCalls).isPositive();
        JsonNode neighbour = awaitWeatherAt(signUp("Tokyo neighbours"), "東京");
        assertThat(neighbour.get("category").asString()).isEqualTo("cloudy");
        assertThat(RecordedOpenMeteo.get().calls(RecordedOpenMeteo.TOKYO)).isEqualTo(tokyoCalls);
    }

    @Test
    @Order(2)
    void aHouseholdsNewPlaceReachesWeatherServiceByEventAndChangesItsAdvice() {
        TestApi family = signUp("Moving family");
        JsonNode before = awaitWeatherAt(family, "東京");
        assertThat(before.get("category").asString()).isEqualTo("cloudy");

        moveTo(family, "那覇", "26.2124", "127.6809");

        JsonNode after = awaitWeatherAt(family, "那覇");
        assertThat(after.get("status").asString()).isEqualTo("fresh");
        assertThat(after.get("category").asString()).isEqualTo("sunny");
        assertThat(after.get("adviceKind").asString()).as("48.5 km/h: strong wind").isEqualTo("sunnyWindy");
        assertThat(kinds(after)).as("nothing aired outside in strong wind").contains("futonDryer", "vacuumRugs")
                .doesNotContain("airFutons", "sunDryRugs");
        assertThat(after.get("location").get("latitude").asDouble()).isEqualTo(26.2124);
    }

    @Test
    @Order(3)
    void aProviderAnswering500OrNothingShowsAsUnavailableNeverAsAnError() {
        TestApi failing = signUp("Fukuoka family");
        TestApi silent = signUp("Kagoshima family");
        moveTo(failing, "福岡", "33.5902", "130.4017");
        moveTo(silent, "鹿児島", "31.5966", "130.5571");

        for (TestApi family : new TestApi[] {failing, silent}) {
            String place = family == failing ? "福岡" : "鹿児島";
            JsonNode w = awaitWeatherAt(family, place);
            assertThat(w.get("status").asString()).as(place).isEqualTo("unavailable");
            assertThat(w.get("category").isNull()).as(place).isTrue();
            assertThat(w.get("recommendations").size()).as(place).isZero();
        }
        assertThat(RecordedOpenMeteo.get().calls(RecordedOpenMeteo.FUKUOKA_FAILING)).as("HTTP 500 is retried")
                .isGreaterThanOrEqualTo(2);
        assertThat(RecordedOpenMeteo.get().calls(RecordedOpenMeteo.KAGOSHIMA_SILENT)).isPositive();

        // The places that work are untouched by the outage.
        JsonNode tokyo = awaitWeatherAt(signUp("Tokyo after the outage"), "東京");
        assertThat(tokyo.get("status").asString()).isEqualTo("fresh");
        assertThat(tokyo.get("category").asString()).isEqualTo("cloudy");
    }

    /** A new household, its admin signed in (Japanese, Tokyo: user-service's defaults). */
    static TestApi signUp(String householdName) {
        return StackSignUp.admin("weather", "Mio", householdName);
    }

    /** The admin sets the household's place in user-service (what the settings page sends for a city). */
    static void moveTo(TestApi admin, String label, String latitude, String longitude) {
        TestApi.Reply moved = admin.patch("/api/households/current", "{\"locationLabel\":\"" + label
                + "\",\"latitude\":" + latitude + ",\"longitude\":" + longitude + "}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
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

    static java.util.List<String> kinds(JsonNode weather) {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        weather.get("recommendations").forEach(r -> kinds.add(r.get("kind").asString()));
        return kinds;
    }
}
