package jp.kajimaru.gateway.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that is down (nothing listens: it is restarting) or dies in the middle of a request (SIGKILL: the
 * connection closes before any answer) is a 503 problem+json with Retry-After for the caller, never a 500: the
 * launcher brings the service back within seconds and the browser may simply ask again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreachableServiceTest {

    /** Reads each request's head, then closes without a byte of answer, as a killed process's socket does. */
    static final AtomicInteger CUT_OFF = new AtomicInteger();
    static final FakeBackend DYING = FakeBackend.answering((head, out) -> CUT_OFF.incrementAndGet());
    /** The same, but the connection is reset rather than closed: what the gateway saw in a system test's SIGKILL. */
    static final AtomicInteger RESET = new AtomicInteger();
    static final FakeBackend KILLED = FakeBackend.resetting((head, out) -> RESET.incrementAndGet());
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        // A port that was free a moment ago: nothing listens there, as while a service restarts.
        String nobody = "http://127.0.0.1:" + freePort();
        for (String service : java.util.List.of("user", "inventory", "notification", "weather")) {
            registry.add("kajimaru.services." + service, () -> nobody);
        }
        registry.add("kajimaru.services.rotation", DYING::url);
        registry.add("kajimaru.services.shopping", KILLED::url);
    }

    @AfterAll
    static void stopBackend() throws IOException {
        DYING.close();
        KILLED.close();
    }

    @Test
    void aServiceThatIsNotListeningIsA503WithRetryAfter() throws Exception {
        HttpResponse<String> r = send("GET", "/api/stock/items");
        assertUnavailable(r);
    }

    @Test
    void aServiceThatDiesInTheMiddleOfARequestIsA503WithRetryAfter() throws Exception {
        int before = CUT_OFF.get();
        HttpResponse<String> read = send("GET", "/api/chores");
        assertUnavailable(read);
        HttpResponse<String> write = send("POST", "/api/tasks/00000000-0000-0000-0000-000000000001/complete");
        assertUnavailable(write);
        assertThat(CUT_OFF.get()).as("requests that reached the dying service").isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void aConnectionResetInTheMiddleOfARequestIsA503WithRetryAfter() throws Exception {
        int before = RESET.get();
        HttpResponse<String> write = send("POST", "/api/shopping/items");
        assertUnavailable(write);
        assertThat(RESET.get()).as("requests that reached the killed service").isGreaterThan(before);
    }

    private static void assertUnavailable(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(r.body()).contains("\"status\":503").contains("not reachable right now");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer not-checked-by-the-gateway")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
