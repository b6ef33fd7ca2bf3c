package jp.kajimaru.shopping.support;


import java.net.http.HttpResponse;
import java.util.UUID;

import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.TestClock;
import jp.kajimaru.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** shopping-service on real MariaDB and Kafka, with user-service played by a test token issuer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class ShoppingApiTest {

    protected static final TestTokens tokens = TestTokens.start();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.security.jwks-uri", tokens::jwksUri);
    }

    @LocalServerPort protected int port;
    @Autowired protected JdbcTemplate jdbc;

    @BeforeEach
    void startAtTheDefaultInstant() {
        TestClock.shared().reset();
    }

    /** A household with an admin, a member and a child, each with a token. */
    protected record Family(UUID household, UUID admin, UUID member, UUID child, String adminToken, String memberToken,
                            String childToken) {
        public static Family create() {
            UUID h = UUID.randomUUID();
            UUID a = UUID.randomUUID();
            UUID m = UUID.randomUUID();
            UUID c = UUID.randomUUID();
            return new Family(h, a, m, c, tokens.token(h, a, "ADMIN"), tokens.token(h, m, "MEMBER"),
                    tokens.token(h, c, "CHILD"));
        }
    }

    protected HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return TestApi.onLocalPort(port).as(token).send(method, path, json).raw();
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Adds an item and returns its JSON (asserting nothing about the status). */
    protected JsonNode add(String token, String body) throws Exception {
        return json(call("POST", "/api/shopping/items", token, body));
    }

    protected int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
