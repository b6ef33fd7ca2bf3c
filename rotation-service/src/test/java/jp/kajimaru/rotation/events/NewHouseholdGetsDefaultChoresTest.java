package jp.kajimaru.rotation.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * HouseholdCreated arrives over Kafka and the household gets its chores, visible only with that
 * household's token. The test writes the event through the same outbox code user-service uses, so it
 * crosses the real relay, topic and inbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class NewHouseholdGetsDefaultChoresTest {

    static final TestTokens tokens = TestTokens.start();

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.security.jwks-uri", tokens::jwksUri);
    }

    @AfterAll
    static void stop() {
        tokens.close();
    }

    @LocalServerPort int port;
    @Autowired OutboxWriter outbox;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aNewHouseholdSeesItsElevenChoresAndNobodyElseDoes() throws Exception {
        UUID household = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        announce(household, admin, "ja");
        // Delivered twice (e.g. a relay crash before its offset was stored): still eleven chores.
        announce(household, admin, "ja");

        await().atMost(Duration.ofSeconds(60)).until(() -> choreCount(household) >= 11);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM members WHERE household_id = ?", Integer.class, household.toString()) == 1);
        assertThat(choreCount(household)).isEqualTo(11);

        HttpResponse<String> mine = get("/api/chores", tokens.token(household, admin, "ADMIN"));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("朝食・お弁当づくり", "全部屋掃除").contains(household.toString());

        HttpResponse<String> stranger = get("/api/chores", tokens.token(UUID.randomUUID(), UUID.randomUUID(), "ADMIN"));
        assertThat(stranger.statusCode()).isEqualTo(200);
        assertThat(stranger.body()).isEqualTo("[]");
    }

    @Test
    void badTokensAreRefused() throws Exception {
        UUID household = UUID.randomUUID();
        assertThat(get("/api/chores", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/chores", tokens.expiredToken(household, UUID.randomUUID(), "ADMIN")).statusCode()).isEqualTo(401);
        assertThat(get("/api/chores", tokens.forgedToken(household, UUID.randomUUID(), "ADMIN")).statusCode()).isEqualTo(401);
        String valid = tokens.token(household, UUID.randomUUID(), "ADMIN");
        String tampered = valid.substring(0, valid.lastIndexOf('.') - 4) + "AAAA" + valid.substring(valid.lastIndexOf('.'));
        assertThat(get("/api/chores", tampered).statusCode()).isEqualTo(401);
    }

    private void announce(UUID household, UUID admin, String locale) {
        tx.executeWithoutResult(status -> {
            outbox.publish(household.toString(), new HouseholdCreated(household, "Tanaka", "Asia/Tokyo", locale,
                    new Location("東京", 35.6895, 139.69171), RotationUnit.WEEKLY, false, 15, admin));
            outbox.publish(admin.toString(), new MemberJoined(household, admin, "Hana", null, MemberRole.ADMIN, true,
                    "default", "#E4572E"));
        });
    }

    private int choreCount(UUID household) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM chores WHERE household_id = ?", Integer.class, household.toString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
