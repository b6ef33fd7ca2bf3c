package jp.kajimaru.weather.events;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import jp.kajimaru.weather.schedule.WeatherPass;
import jp.kajimaru.weather.support.WeatherApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * user-service's household events reach weather-service over the real relay, topic and inbox; the daily pass issues
 * WeatherRecommendationIssued once per household and local day, through the outbox onto Kafka.
 */
class HouseholdEventsAndDailyIssueTest extends WeatherApiTest {

    @Autowired OutboxWriter outbox;
    @Autowired TransactionTemplate tx;
    @Autowired WeatherPass pass;
    @Autowired CircuitBreaker breaker;

    @BeforeEach
    void closeTheCircuit() {
        breaker.reset();
    }

    @Test
    void aLocationChangeReachesWeatherServiceByEvent() throws Exception {
        openMeteo.serve("35.11", "sunny-tokyo.json");
        openMeteo.serve("43.11", "snow-sapporo.json");
        UUID home = UUID.randomUUID();
        tx.executeWithoutResult(s -> outbox.publish(home.toString(), new HouseholdCreated(home, "Sato", "Asia/Tokyo", "ja",
                new Location("三鷹", 35.11, 139.56), RotationUnit.WEEKLY, false, 15, UUID.randomUUID())));
        await().atMost(Duration.ofSeconds(60)).until(() -> latitudeOf(home) != null && latitudeOf(home) == 35.11);
        JsonNode before = todayJson(home, null);
        assertThat(before.path("location").path("label").asString()).isEqualTo("三鷹");
        assertThat(before.path("category").asString()).isEqualTo("sunny");

        clock().advance(Duration.ofMinutes(10));
        tx.executeWithoutResult(s -> outbox.publish(home.toString(), new HouseholdUpdated(home, "Sato", "Asia/Tokyo", "en",
                new Location("Sapporo", 43.11, 141.35), RotationUnit.WEEKLY, false, 15)));
        await().atMost(Duration.ofSeconds(60)).until(() -> latitudeOf(home) == 43.11);
        JsonNode after = todayJson(home, null);
        assertThat(after.path("location").path("label").asString()).isEqualTo("Sapporo");
        assertThat(after.path("category").asString()).isEqualTo("snow");
        assertThat(after.path("language").asString()).isEqualTo("en"); // the household's new language, no header sent
        assertThat(openMeteo.calls("43.11")).isEqualTo(1);
    }

    @Test
    void theRecommendationIsIssuedOncePerHouseholdAndLocalDay() throws Exception {
        openMeteo.serve("35.21", "sunny-tokyo.json");
        openMeteo.serve("43.21", "snow-sapporo.json");
        UUID tokyo = household("東京", 35.21, 139.69, "ja");
        UUID sapporo = household("Sapporo", 43.21, 141.35, "en");

        pass.run();
        pass.run(); // a second pass (or a second replica) the same day adds nothing
        assertThat(issued(tokyo)).hasSize(1);
        assertThat(issued(sapporo)).hasSize(1);
        JsonNode t = JSON.readTree(issued(tokyo).get(0));
        assertThat(t.path("date").asString()).isEqualTo("2026-11-30");
        assertThat(t.path("kind").asString()).isEqualTo("sunny");
        assertThat(t.path("headline").asString()).startsWith("晴れ");
        assertThat(t.path("precipitationPercent").asInt()).isEqualTo(5);
        assertThat(t.path("temperatureMaxC").asDouble()).isEqualTo(15.2);
        JsonNode s = JSON.readTree(issued(sapporo).get(0));
        assertThat(s.path("kind").asString()).isEqualTo("snow");
        assertThat(s.path("headline").asString()).startsWith("Snow");

        try (KafkaTestConsumer kafka = new KafkaTestConsumer(Topics.WEATHER)) {
            kafka.awaitRecords(r -> tokyo.toString().equals(KafkaTestConsumer.header(r, EventHeaders.HOUSEHOLD_ID))
                    && "WeatherRecommendationIssued".equals(KafkaTestConsumer.header(r, EventHeaders.EVENT_TYPE)), 1, Duration.ofSeconds(60));
        }

        // The next morning in Tokyo: the forecast is due again, and each household gets the new day's advice once.
        clock().advance(Duration.ofDays(1));
        pass.run();
        pass.run();
        assertThat(issued(tokyo)).hasSize(2);
        assertThat(issued(sapporo)).hasSize(2);
        assertThat(JSON.readTree(issued(tokyo).get(1)).path("date").asString()).isEqualTo("2026-12-01");
        assertThat(JSON.readTree(issued(tokyo).get(1)).path("kind").asString()).isEqualTo("cloudy");
        assertThat(openMeteo.calls("35.21")).isEqualTo(2);
    }

    @Test
    void noRecommendationWithoutAFreshForecast() {
        openMeteo.serveStatus("36.31", 500);
        UUID home = household("Offline", 36.31, 139.0, "ja");
        pass.run();
        assertThat(issued(home)).isEmpty();
        assertThat(openMeteo.calls("36.31")).isEqualTo(2);
        openMeteo.serve("36.31", "sunny-tokyo.json"); // back, so other tests' passes do not meet this failure
    }

    private Double latitudeOf(UUID household) {
        List<Double> rows = jdbc.queryForList("SELECT latitude FROM households WHERE household_id = ?", Double.class,
                household.toString());
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<String> issued(UUID household) {
        return jdbc.queryForList("SELECT payload FROM outbox WHERE event_type = 'WeatherRecommendationIssued' "
                + "AND household_id = ? ORDER BY seq", String.class, household.toString());
    }
}
