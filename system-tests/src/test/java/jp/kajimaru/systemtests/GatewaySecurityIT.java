package jp.kajimaru.systemtests;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Security as real requests through the gateway of the running stack: tokens the services must refuse,
 * one household's token against another's ids, and the rate limits on secret-checking endpoints. The
 * limit tests come from their own loopback addresses (127.0.0.x), so they do not eat other tests' budget.
 */
class GatewaySecurityIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.get();
    }

    @Test
    void tamperedAndForeignSignedTokensAre401EverywhereBehindTheGateway() throws Exception {
        String token = signup("127.0.0.1").get("accessToken").asString();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"role\":\"ADMIN\"", "\"role\":\"ADMlN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String foreignSigned = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new byte[256]);
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + parts[1] + ".";
        for (String path : List.of("/api/members", "/api/chores", "/api/households/current", "/api/invites")) {
            assertThat(get("127.0.0.1", path, token).statusCode()).as(path).isEqualTo(200);
            for (String bad : List.of(tampered, foreignSigned, unsigned, "not-a-jwt")) {
                assertThat(get("127.0.0.1", path, bad).statusCode()).as(path + " with a bad token").isEqualTo(401);
            }
        }
    }

    @Test
    void oneHouseholdsTokenGetsNothingOfAnothers() throws Exception {
        String a = signup("127.0.0.1").get("accessToken").asString();
        String b = signup("127.0.0.1").get("accessToken").asString();
        String bKid = JSON.readTree(send("127.0.0.1", "POST", "/api/members", b, "{\"displayName\":\"Bkid\",\"role\":\"CHILD\"}")
                .body()).get("id").asString();
        String bInvite = JSON.readTree(send("127.0.0.1", "POST", "/api/invites", b, "{}").body()).get("id").asString();
        // B's chores arrive over Kafka a moment after sign-up.
        await().atMost(Duration.ofSeconds(60)).until(() -> JSON.readTree(get("127.0.0.1", "/api/chores", b).body()).size() > 0);
        String bChore = JSON.readTree(get("127.0.0.1", "/api/chores", b).body()).get(0).get("id").asString();

        assertThat(List.of(
                get("127.0.0.1", "/api/members/" + bKid, a),
                send("127.0.0.1", "PATCH", "/api/members/" + bKid, a, "{\"nickname\":\"x\"}"),
                send("127.0.0.1", "DELETE", "/api/members/" + bKid, a, null),
                send("127.0.0.1", "POST", "/api/members/" + bKid + "/pin", a, "{\"pin\":\"1111\"}"),
                send("127.0.0.1", "PUT", "/api/members/" + bKid + "/busy", a, "{}"),
                send("127.0.0.1", "DELETE", "/api/invites/" + bInvite, a, null)))
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(404);
                    assertThat(r.body()).doesNotContain("Bkid");
                });
        assertThat(get("127.0.0.1", "/api/members", a).body()).doesNotContain("Bkid");
        assertThat(get("127.0.0.1", "/api/chores", a).body()).doesNotContain(bChore);
        assertThat(get("127.0.0.1", "/api/members", b).body()).contains("Bkid");
    }

    @Test
    void guessingInviteCodesIsCutOffByTheGateway() throws Exception {
        // From a source address of its own: guesses from the shared 127.0.0.1 would spend the other ITs' budgets
        // (the gateway's per minute, and user-service's hourly failed joins per address that BrowserIT's join needs).
        InetAddress guesser = InetAddress.getByName("127.0.0.21");
        for (int i = 0; i < 10; i++) {
            assertThat(FuzzHttp.send(guesser, json("POST", "/api/invites/join", "{\"code\":\"" + String.format("%08d", i)
                    + "\",\"displayName\":\"G\",\"email\":\"g" + i + "@example.com\",\"password\":\"correct horse battery\"}"))
                    .status()).as("wrong code %d of 10", i + 1).isEqualTo(400);
        }
        FuzzHttp.Response refused = FuzzHttp.send(guesser, json("POST", "/api/invites/join",
                "{\"code\":\"00000010\",\"displayName\":\"G\",\"email\":\"g10@example.com\",\"password\":\"correct horse battery\"}"));
        assertThat(refused.status()).as("the 11th attempt in a minute").isEqualTo(429);
        assertThat(refused.headers()).containsKey("retry-after");
    }

    @Test
    void passwordGuessingIsCutOffByTheGateway() throws Exception {
        InetAddress guesser = InetAddress.getByName("127.0.0.22");
        int refused = 0;
        for (int i = 0; i < 11; i++) {
            FuzzHttp.Response r = FuzzHttp.send(guesser, json("POST", "/api/auth/login",
                    "{\"email\":\"nobody@example.com\",\"password\":\"guess number " + i + "\"}"));
            refused += r.status() == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(1);
    }

    private static FuzzHttp.Request json(String method, String path, String body) {
        return new FuzzHttp.Request(method, path, Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void swaggerUiAggregatesTheServicesApis() throws Exception {
        assertThat(get("127.0.0.1", "/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
        HttpResponse<String> userApi = get("127.0.0.1", "/v3/api-docs/user", null);
        assertThat(userApi.statusCode()).isEqualTo(200);
        assertThat(userApi.body()).contains("/api/members", "/api/invites/join");
        assertThat(get("127.0.0.1", "/v3/api-docs/rotation", null).body()).contains("/api/chores");
    }

    private static JsonNode signup(String from) throws Exception {
        HttpResponse<String> r = send(from, "POST", "/api/auth/signup", null, "{\"email\":\"sec-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"correct horse battery\",\"displayName\":\"Admin\",\"householdName\":\"H\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String host, String path, String token) throws Exception {
        return send(host, "GET", path, token, null);
    }

    private static HttpResponse<String> send(String host, String method, String path, String token, String json)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + ":8080" + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
