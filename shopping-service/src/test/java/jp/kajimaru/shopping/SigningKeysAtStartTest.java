package jp.kajimaru.shopping;

import java.time.Duration;
import java.util.UUID;

import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.TestClock;
import jp.kajimaru.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service fetches user-service's signing keys as it becomes ready, not on its first request: under a burst of
 * sign-ups user-service was too busy to answer the first request's fetch in time and those requests got 503s. Its
 * own issuer (not the one the other shopping tests share), because this test takes the keys away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class SigningKeysAtStartTest {

    static final TestTokens issuer = TestTokens.start();

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.security.jwks-uri", issuer::jwksUri);
    }

    @LocalServerPort int port;

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Test
    void keysFetchedAtStartServeTheFirstRequestWhileUserServiceCannotAnswer() {
        await().atMost(Duration.ofSeconds(30)).until(() -> issuer.keyFetches() > 0);
        issuer.withdrawKeys();
        int fetchesBefore = issuer.keyFetches();
        TestClock.shared().reset();

        TestApi.Reply list = TestApi.onLocalPort(port)
                .as(issuer.token(UUID.randomUUID(), UUID.randomUUID(), "ADMIN")).get("/api/shopping/items");

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(issuer.keyFetches()).as("the request did not ask for the keys").isEqualTo(fetchesBefore);
    }
}
