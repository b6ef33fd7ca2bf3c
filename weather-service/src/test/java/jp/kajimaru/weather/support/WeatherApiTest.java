package jp.kajimaru.weather.support;


import java.net.http.HttpResponse;
import java.util.UUID;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.TestClock;
import jp.kajimaru.testsupport.TestTokens;
import jp.kajimaru.weather.household.HouseholdService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * weather-service on a real database and broker, with user-service's tokens from {@link TestTokens} and Open-Meteo
 * played by {@link FakeOpenMeteo} (a real HTTP server). Short timeout and retry wait so failures are quick; the
 * schedule is off, tests run its pass themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class WeatherApiTest {

    protected static final TestTokens tokens = TestTokens.start();
    protected static final FakeOpenMeteo openMeteo = new FakeOpenMeteo();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.security.jwks-uri", tokens::jwksUri);
        registry.add("kajimaru.weather.base-url", openMeteo::baseUrl);
        registry.add("kajimaru.weather.timeout", () -> "700ms");
        registry.add("kajimaru.weather.retries", () -> "1");
        registry.add("kajimaru.weather.retry-wait", () -> "10ms");
        registry.add("kajimaru.weather.schedule.enabled", () -> "false");
    }

    @LocalServerPort protected int port;
    @Autowired protected HouseholdService households;
    @Autowired protected JdbcTemplate jdbc;

    @BeforeEach
    void startAtTheDefaultInstant() {
        clock().reset();
    }

    protected static TestClock clock() {
        return TestClock.shared();
    }

    /** A household as user-service announces it (through the same service the Kafka consumer calls). */
    protected UUID household(String label, double latitude, double longitude, String locale) {
        UUID id = UUID.randomUUID();
        households.created(new HouseholdCreated(id, "Tanaka", "Asia/Tokyo", locale, new Location(label, latitude, longitude),
                RotationUnit.WEEKLY, false, 15, UUID.randomUUID()), clock().instant());
        return id;
    }

    protected String token(UUID household) {
        return tokens.token(household, UUID.randomUUID(), "MEMBER");
    }

    protected HttpResponse<String> today(UUID household, String language) throws Exception {
        return TestApi.onLocalPort(port).as(token(household)).header("Accept-Language", language)
                .get("/api/weather/today").raw();
    }

    /** Today's weather as JSON, after checking it answered 200. */
    protected JsonNode todayJson(UUID household, String language) throws Exception {
        HttpResponse<String> r = today(household, language);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET /api/weather/today answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
