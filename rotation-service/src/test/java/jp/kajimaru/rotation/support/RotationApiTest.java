package jp.kajimaru.rotation.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * rotation-service on real infrastructure, with user-service played by a test token issuer and by events
 * written through the same outbox code user-service uses (so they cross the real relay, topic and inbox).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class RotationApiTest {

    // One issuer for every test class in the JVM (the contexts are cached across classes); it ends with the JVM.
    protected static final TestTokens tokens = TestTokens.start();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.security.jwks-uri", tokens::jwksUri);
    }

    @LocalServerPort protected int port;
    @Autowired protected OutboxWriter outbox;
    @Autowired protected TransactionTemplate tx;
    @Autowired protected JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    public record Person(UUID id, String name, MemberRole role) {
    }

    /** Announces a household and its members the way user-service does. */
    protected void announce(UUID household, String locale, List<Person> people) {
        tx.executeWithoutResult(s -> {
            outbox.publish(household.toString(), new HouseholdCreated(household, "Tanaka", "Asia/Tokyo", locale,
                    new Location("東京", 35.6895, 139.69171), RotationUnit.WEEKLY, false, 15, people.get(0).id()));
            for (Person p : people) {
                outbox.publish(p.id().toString(), new MemberJoined(household, p.id(), p.name(), null, p.role(), true,
                        "default", "#E4572E"));
            }
        });
    }

    protected HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
