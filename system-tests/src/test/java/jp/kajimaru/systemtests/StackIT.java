package jp.kajimaru.systemtests;

import jp.kajimaru.launcher.ServiceSpec;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's run command, for real: {@code ./kajimaru up} with no database and no broker given starts
 * embedded MariaDB and Kafka, every service and the gateway as separate processes. Then the first flow
 * crosses the whole pipe: sign-up at the gateway → user-service → outbox → binlog relay → Kafka →
 * rotation-service's inbox → default chores → back out through the gateway. The stack is {@link RunningStack},
 * shared with the browser tests; that it stops on SIGTERM is checked when the test JVM exits.
 */
class StackIT {

    static final String GATEWAY = RunningStack.GATEWAY;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The shared stack (started once per JVM, stopped and checked for a clean SIGTERM exit at JVM exit). */
    @BeforeAll
    static void up() throws Exception {
        RunningStack.get();
    }

    @Test
    void signUpAtTheGatewayGivesTheNewHouseholdItsChoresThroughKafka() throws Exception {
        HttpResponse<String> signup = signup(uniqueEmail(), "Tanaka");
        assertThat(signup.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(signup.body());
        String token = body.get("accessToken").asString();
        assertThat(signup.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("KJ_AT=").contains("HttpOnly").contains("SameSite=Strict"));

        List<String> chores = awaitChores(token);
        assertThat(chores).hasSize(11).contains("朝食・お弁当づくり", "ゴミ出し", "全部屋掃除");

        // A second family sees its own eleven chores, never the first family's.
        String other = JSON.readTree(signup(uniqueEmail(), "Suzuki").body()).get("accessToken").asString();
        awaitChores(other);
        assertThat(ids(get("/api/chores", "Bearer " + other))).doesNotContainAnyElementsOf(ids(get("/api/chores", "Bearer " + token)));
    }

    /** No ERROR in a healthy stack's logs (the shutdown hook checks again after every IT of the run). */
    @Test
    void aHealthyStackLogsNoErrors() throws Exception {
        HttpResponse<String> signup = signup(uniqueEmail(), "Kato");
        assertThat(signup.statusCode()).isEqualTo(201);
        awaitChores(JSON.readTree(signup.body()).get("accessToken").asString());
        assertThat(RunningStack.serviceErrors()).isEmpty();
    }

    /** Only the gateway is reachable from other machines; the services listen on loopback. */
    @Test
    void onlyTheGatewayListensBeyondLoopback() throws Exception {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .filter(StackIT::isUp).filter(i -> !isLoopback(i))
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        assertThat(reachable(external.get(), ServiceSpec.GATEWAY.port())).as("gateway on " + external.get()).isTrue();
        for (ServiceSpec backend : ServiceSpec.BACKENDS) {
            assertThat(reachable(external.get(), backend.port())).as(backend.module() + " on " + external.get()).isFalse();
            assertThat(reachable(InetAddress.getLoopbackAddress(), backend.port())).as(backend.module() + " on loopback").isTrue();
        }
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isUp(NetworkInterface i) {
        try {
            return i.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean isLoopback(NetworkInterface i) {
        try {
            return i.isLoopback();
        } catch (SocketException e) {
            return true;
        }
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        HttpResponse<String> response = get("/api/chores", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void browserSessionsUseTheCookieAndNeedTheCsrfTokenToChangeState() throws Exception {
        HttpResponse<String> signup = signup(uniqueEmail(), "Sato");
        String accessCookie = cookie(signup, "KJ_AT");
        String refreshCookie = cookie(signup, "KJ_RT");
        String csrf = cookie(signup, "XSRF-TOKEN");
        awaitChores(JSON.readTree(signup.body()).get("accessToken").asString());

        HttpResponse<String> viaCookie = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/chores"))
                .header("Cookie", "KJ_AT=" + accessCookie).GET());
        assertThat(viaCookie.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(viaCookie.body()).size()).isEqualTo(11);

        // The refresh cookie alone (as on /api/auth, where the access cookie may have expired) needs the token too.
        String refreshOnly = "KJ_RT=" + refreshCookie + "; XSRF-TOKEN=" + csrf;
        HttpResponse<String> forgedRefresh = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/auth/refresh"))
                .header("Cookie", refreshOnly).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forgedRefresh.statusCode()).isEqualTo(403);
        HttpResponse<String> forgedLogout = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/auth/logout"))
                .header("Cookie", refreshOnly).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forgedLogout.statusCode()).isEqualTo(403);
        HttpResponse<String> refreshed = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/auth/refresh"))
                .header("Cookie", refreshOnly).header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        accessCookie = cookie(refreshed, "KJ_AT");
        refreshCookie = cookie(refreshed, "KJ_RT");

        String cookies = "KJ_AT=" + accessCookie + "; KJ_RT=" + refreshCookie + "; XSRF-TOKEN=" + csrf;
        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/auth/logout"))
                .header("Cookie", cookies).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/auth/logout"))
                .header("Cookie", cookies).header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(204);
    }

    @Test
    void badSignUpsAreClearProblemsAndNothingIsCreated() throws Exception {
        String email = uniqueEmail();
        assertThat(signup(email, "Ito").statusCode()).isEqualTo(201);
        HttpResponse<String> duplicate = signup(email.toUpperCase(), "Ito again");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("\"field\":\"email\"");

        HttpResponse<String> malformed = post("/api/auth/signup", "{\"email\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("content-type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));

        HttpResponse<String> weak = post("/api/auth/signup", "{\"email\":\"" + uniqueEmail()
                + "\",\"password\":\"1234567890\",\"displayName\":\"A\",\"householdName\":\"B\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"password\"", "password.common");

        HttpResponse<String> wrongType = post("/api/auth/signup", "{\"email\":\"" + uniqueEmail()
                + "\",\"password\":\"a long enough pass\",\"displayName\":{\"x\":1},\"householdName\":\"B\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"displayName\"");
    }

    @Test
    void theGatewayServesTheWebUiWithSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/app.js\"></script>");
        assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(
                v -> assertThat(v).contains("script-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("x-content-type-options")).contains("nosniff");
        assertThat(get("/webjars/bootstrap/css/bootstrap.min.css", null).statusCode()).isEqualTo(200);
    }

    private static List<String> awaitChores(String token) {
        List<String> names = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode chores = JSON.readTree(get("/api/chores", "Bearer " + token).body());
            names.clear();
            chores.forEach(c -> names.add(c.get("name").asString()));
            return names.size() >= 11;
        });
        return names;
    }

    private static Set<String> ids(HttpResponse<String> response) {
        Set<String> ids = new HashSet<>();
        JSON.readTree(response.body()).forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    private static HttpResponse<String> signup(String email, String household) throws Exception {
        return post("/api/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\","
                + "\"displayName\":\"Hana\",\"householdName\":\"" + household + "\"}");
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(GATEWAY + path)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
    }

    private static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.com";
    }
}
