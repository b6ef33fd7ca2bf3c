package jp.kajimaru.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must do from its first day: start on a real database and broker, migrate its own
 * schema including the outbox/inbox/relay tables, and report ready only when the database and Kafka are.
 * A service test extends this with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and {@link RealInfrastructure}.
 */
public abstract class ServiceSmokeContract {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected final HttpClient http = HttpClient.newHttpClient();

    @Test
    void migratesItsSchemaWithTheMessagingTables() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
        assertThat(tables).contains("outbox", "inbox", "relay_offset", "relay_schema_history", "flyway_schema_history");
    }

    @Test
    void isReadyWithDatabaseAndKafkaInTheReadinessGroup() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void answersAnUnauthenticatedApiCallWith401ProblemJson() throws Exception {
        HttpResponse<String> response = get("/api/does-not-matter");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
