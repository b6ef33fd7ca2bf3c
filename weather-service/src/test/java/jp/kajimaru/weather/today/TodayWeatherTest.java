package jp.kajimaru.weather.today;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jp.kajimaru.weather.forecast.ForecastService;
import jp.kajimaru.weather.household.LocationKey;
import jp.kajimaru.weather.support.FakeOpenMeteo;
import jp.kajimaru.weather.support.WeatherApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/weather/today over HTTP against recorded Open-Meteo answers, good and bad. */
class TodayWeatherTest extends WeatherApiTest {

    @Autowired CircuitBreaker breaker;
    @Autowired ForecastService forecasts;

    @BeforeEach
    void closeTheCircuit() {
        breaker.reset();
    }

    @Test
    void aSunnyDayInTokyoInTheCallersLanguage() throws Exception {
        openMeteo.serve("35.01", "sunny-tokyo.json");
        UUID home = household("東京", 35.01, 139.69, "ja");

        JsonNode ja = todayJson(home, null);
        assertThat(ja.path("status").asString()).isEqualTo("fresh");
        assertThat(ja.path("date").asString()).isEqualTo("2026-11-30");
        assertThat(ja.path("fetchedAt").asString()).isEqualTo("2026-11-30T00:00:00Z");
        assertThat(ja.path("location").path("label").asString()).isEqualTo("東京");
        assertThat(ja.path("category").asString()).isEqualTo("sunny");
        assertThat(ja.path("weatherCode").asInt()).isZero();
        assertThat(ja.path("temperatureMax").asDouble()).isEqualTo(15.2);
        assertThat(ja.path("temperatureMin").asDouble()).isEqualTo(6.1);
        assertThat(ja.path("precipitationProbability").asInt()).isEqualTo(5);
        assertThat(ja.path("advice").asString()).startsWith("晴れ");
        assertThat(kinds(ja)).containsExactly("airFutons", "sunDryRugs", "cleanBalcony", "wipeWindowsOutside");
        List<String> choreKinds = new ArrayList<>();
        ja.path("recommendations").forEach(r -> choreKinds.add(r.path("kind").asString()));
        assertThat(choreKinds).as("chore kinds for the dashboard's do-it-today").containsExactly("futon", "rugs", "balcony", "windows");
        assertThat(ja.path("recommendations").get(0).path("title").asString()).isEqualTo("布団を干す");
        assertThat(ja.path("recommendations").get(0).path("choreId").isNull()).isTrue();

        JsonNode en = todayJson(home, "en-GB,en;q=0.9");
        assertThat(en.path("advice").asString()).startsWith("Sunny");
        assertThat(en.path("recommendations").get(0).path("title").asString()).isEqualTo("Air the futons");
        // One fetch served both answers; the request asked for the household's zone and the daily and hourly fields.
        assertThat(openMeteo.calls("35.01")).isEqualTo(1);
        assertThat(openMeteo.lastQuery("35.01")).contains("timezone=Asia%2FTokyo", "weather_code", "precipitation_probability_max",
                "wind_speed_10m_max", "relative_humidity_2m", "/v1/forecast");
    }

    @Test
    void everyRainCodeIsRainNeverAnError() throws Exception {
        int[] rainCodes = {51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 80, 81, 82, 95, 96, 99};
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < rainCodes.length; i++) {
            String latitude = "20." + (10 + i);
            openMeteo.serveBody(latitude, FakeOpenMeteo.recorded("rain-template.json").replace("__CODE__", String.valueOf(rainCodes[i])));
            UUID home = household("Rainy " + rainCodes[i], Double.parseDouble(latitude), 139.0, "en");
            JsonNode today = todayJson(home, null);
            assertThat(today.path("status").asString()).as("code %d", rainCodes[i]).isEqualTo("fresh");
            assertThat(today.path("weatherCode").asInt()).isEqualTo(rainCodes[i]);
            assertThat(kinds(today)).containsExactly("bathroomMould", "cleanDrains", "degreaseHobAndHood", "dehumidify");
            assertThat(today.path("advice").asString()).isNotBlank();
            categories.add(today.path("category").asString());
        }
        assertThat(categories).hasSize(rainCodes.length).containsOnly("rain");
    }

    @Test
    void snowInSapporoAndThunderInOsakaAndWindInNaha() throws Exception {
        openMeteo.serve("43.06", "snow-sapporo.json");
        openMeteo.serve("34.69", "thunder-osaka.json");
        openMeteo.serve("26.21", "windy-sunny-naha.json");
        JsonNode snow = todayJson(household("札幌", 43.0642, 141.3469, "ja"), null);
        JsonNode thunder = todayJson(household("大阪", 34.6937, 135.5023, "ja"), "en");
        JsonNode windy = todayJson(household("那覇", 26.2124, 127.6809, "ja"), "en");

        assertThat(snow.path("category").asString()).isEqualTo("snow");
        assertThat(snow.path("temperatureMax").asDouble()).isEqualTo(-1.5);
        assertThat(kinds(snow)).containsExactly("cleanHumidifier", "wipeCondensation", "checkStock", "entranceMud");
        assertThat(thunder.path("category").asString()).isEqualTo("rain");
        assertThat(thunder.path("adviceKind").asString()).isEqualTo("thunder");
        assertThat(thunder.path("advice").asString()).startsWith("Thunderstorms");
        assertThat(windy.path("category").asString()).isEqualTo("sunny");
        assertThat(windy.path("adviceKind").asString()).isEqualTo("sunnyWindy");
        assertThat(kinds(windy)).containsExactly("futonDryer", "vacuumRugs", "cleanBalcony", "wipeWindowsOutside");
    }

    @Test
    void missingFieldsLeaveGapsNotErrors() throws Exception {
        openMeteo.serve("36.01", "missing-fields.json");
        JsonNode today = todayJson(household("Somewhere", 36.01, 139.0, "en"), null);
        assertThat(today.path("status").asString()).isEqualTo("fresh");
        assertThat(today.path("category").asString()).isEqualTo("cloudy");
        assertThat(today.path("temperatureMax").asDouble()).isEqualTo(12.0);
        assertThat(today.path("temperatureMin").isNull()).isTrue();
        assertThat(today.path("precipitationProbability").isNull()).isTrue();
        assertThat(kinds(today)).hasSize(4);
    }

    @Test
    void aRefusalATimeoutAndGarbageAreUnavailableNotErrors() throws Exception {
        openMeteo.serveError("37.01", 400, "error-400.json");
        openMeteo.serveSilence("37.02");
        openMeteo.serveBody("37.03", FakeOpenMeteo.recorded("garbage.txt"));
        openMeteo.serveStatus("37.04", 503);
        for (String latitude : List.of("37.01", "37.02", "37.03", "37.04")) {
            breaker.reset();
            HttpResponse<String> r = today(household("Nowhere " + latitude, Double.parseDouble(latitude), 139.0, "ja"), null);
            assertThat(r.statusCode()).as(latitude).isEqualTo(200);
            JsonNode today = JSON.readTree(r.body());
            assertThat(today.path("status").asString()).as(latitude).isEqualTo("unavailable");
            assertThat(today.path("fetchedAt").isNull()).isTrue();
            assertThat(today.path("category").isNull()).isTrue();
            assertThat(today.path("advice").isNull()).isTrue();
            assertThat(today.path("recommendations").isEmpty()).isTrue();
            assertThat(today.path("location").path("label").asString()).isEqualTo("Nowhere " + latitude);
        }
        // A refusal or garbage is not asked again; a timeout and a 503 are retried once.
        assertThat(openMeteo.calls("37.01")).isEqualTo(1);
        assertThat(openMeteo.calls("37.02")).isEqualTo(2);
        assertThat(openMeteo.calls("37.03")).isEqualTo(1);
        assertThat(openMeteo.calls("37.04")).isEqualTo(2);
    }

    @Test
    void whenTheProviderGoesDownTheLastForecastIsShownWithItsAge() throws Exception {
        openMeteo.serve("38.01", "sunny-tokyo.json");
        UUID home = household("Kawasaki", 38.01, 139.0, "ja");
        assertThat(todayJson(home, null).path("status").asString()).isEqualTo("fresh");

        openMeteo.serveStatus("38.01", 500);
        clock().advance(Duration.ofHours(4)); // 13:00 in Tokyo, same day; the forecast is due and then stale
        LocationKey key = LocationKey.of(new BigDecimal("38.01"), new BigDecimal("139.00"), "Asia/Tokyo");
        assertThat(forecasts.refreshDue(List.of(key))).isEmpty();

        JsonNode stale = todayJson(home, null);
        assertThat(stale.path("status").asString()).isEqualTo("stale");
        assertThat(stale.path("fetchedAt").asString()).isEqualTo("2026-11-30T00:00:00Z");
        assertThat(stale.path("ageMinutes").asLong()).isEqualTo(240);
        assertThat(stale.path("category").asString()).isEqualTo("sunny");
        assertThat(kinds(stale)).hasSize(4);

        // Provider back: the next refresh makes it fresh again.
        openMeteo.serve("38.01", "sunny-tokyo.json");
        assertThat(forecasts.refreshDue(List.of(key))).containsExactly(key);
        assertThat(todayJson(home, null).path("status").asString()).isEqualTo("fresh");
    }

    @Test
    void aForecastFetchedAfterNowBecauseTheClockWasSetBackIsFetchedAgainNotKeptFreshForever() throws Exception {
        openMeteo.serve("38.51", "sunny-tokyo.json");
        UUID home = household("Setagaya", 38.51, 139.0, "ja");
        JsonNode first = todayJson(home, null);
        assertThat(openMeteo.calls("38.51")).isEqualTo(1);

        clock().advance(Duration.ofMinutes(-30)); // e.g. a demonstration stack restarted at its fixed start instant
        JsonNode again = todayJson(home, null);
        assertThat(openMeteo.calls("38.51")).isEqualTo(2);
        assertThat(again.path("status").asString()).isEqualTo("fresh");
        assertThat(again.path("fetchedAt").asString()).isNotEqualTo(first.path("fetchedAt").asString());
        assertThat(todayJson(home, null).path("fetchedAt").asString()).as("read back the same").isEqualTo(again.path("fetchedAt").asString());
        assertThat(openMeteo.calls("38.51")).isEqualTo(2);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesWhenTheProviderIsBack() throws Exception {
        openMeteo.serveStatus("39.01", 500);
        UUID home = household("Broken", 39.01, 139.0, "ja");
        for (int i = 0; i < 4; i++) {
            assertThat(todayJson(home, null).path("status").asString()).isEqualTo("unavailable");
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int asked = openMeteo.calls("39.01");
        assertThat(asked).isEqualTo(8); // four calls, each tried twice

        // Open: answered at once without asking the provider, even once it is back.
        openMeteo.serve("39.01", "sunny-tokyo.json");
        assertThat(todayJson(home, null).path("status").asString()).isEqualTo("unavailable");
        assertThat(openMeteo.calls("39.01")).isEqualTo(asked);

        // After the open period (by the pinned clock) one trial call goes through, succeeds and closes the circuit.
        clock().advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(todayJson(home, null).path("status").asString()).isEqualTo("fresh");
        assertThat(openMeteo.calls("39.01")).isEqualTo(asked + 1);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void onePlaceTheProviderRefusesDoesNotOpenTheCircuitForEveryoneElse() throws Exception {
        openMeteo.serveError("39.51", 400, "error-400.json");
        openMeteo.serve("39.52", "sunny-tokyo.json");
        UUID refused = household("Off the map", 39.51, 139.0, "ja");
        for (int i = 0; i < 8; i++) {
            assertThat(todayJson(refused, null).path("status").asString()).isEqualTo("unavailable");
        }
        assertThat(openMeteo.calls("39.51")).as("each refusal reached the provider: the circuit never opened").isEqualTo(8);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker.getName()).startsWith("open-meteo@127.0.0.1:");

        JsonNode elsewhere = todayJson(household("Next door", 39.52, 139.0, "ja"), null);
        assertThat(elsewhere.path("status").asString()).isEqualTo("fresh");
    }

    @Test
    void twoHouseholdsInDifferentCitiesGetDifferentAdviceAndNeighboursShareOneFetch() throws Exception {
        openMeteo.serve("35.69", "sunny-tokyo.json");
        openMeteo.serve("43.07", "snow-sapporo.json");
        UUID tokyo = household("新宿", 35.6895, 139.6917, "ja");
        UUID neighbour = household("渋谷", 35.6938, 139.6920, "ja"); // same place at two decimals
        UUID sapporo = household("札幌", 43.0690, 141.3510, "ja");

        JsonNode t = todayJson(tokyo, null);
        JsonNode n = todayJson(neighbour, null);
        JsonNode s = todayJson(sapporo, null);
        assertThat(t.path("category").asString()).isEqualTo("sunny");
        assertThat(s.path("category").asString()).isEqualTo("snow");
        assertThat(t.path("advice").asString()).isNotEqualTo(s.path("advice").asString());
        // Each household sees its own place, never the other's.
        assertThat(t.path("location").path("label").asString()).isEqualTo("新宿");
        assertThat(n.path("location").path("label").asString()).isEqualTo("渋谷");
        assertThat(s.path("location").path("label").asString()).isEqualTo("札幌");
        assertThat(openMeteo.calls("35.69")).isEqualTo(1);
        assertThat(openMeteo.calls("43.07")).isEqualTo(1);
    }

    @Test
    void aHouseholdNoEventReachedYetIsInTokyo() throws Exception {
        openMeteo.serve("35.69", "sunny-tokyo.json");
        JsonNode today = todayJson(UUID.randomUUID(), null);
        assertThat(today.path("location").path("label").asString()).isEqualTo("東京");
        assertThat(today.path("location").path("latitude").asDouble()).isEqualTo(35.6895);
        assertThat(today.path("category").asString()).isEqualTo("sunny");
    }

    @Test
    void noTokenNoWeather() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/weather/today")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    private static List<String> kinds(JsonNode today) {
        List<String> kinds = new ArrayList<>();
        today.path("recommendations").forEach(r -> kinds.add(r.path("key").asString()));
        return kinds;
    }
}
