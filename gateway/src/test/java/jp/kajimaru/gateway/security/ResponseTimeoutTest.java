package jp.kajimaru.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that hangs costs the caller the gateway's response timeout (here 1 s instead of 30 s), then a 504
 * problem+json with Retry-After; the live notification stream, quiet for longer than that, is not cut.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s")
class ResponseTimeoutTest {

    static final CountDownLatch TEST_OVER = new CountDownLatch(1);
    /** Takes every request and never answers, until the test is over. */
    static final FakeBackend HANGING = FakeBackend.answering((head, out) -> awaitQuietly(TEST_OVER, 60_000));
    /**
     * A notification stream whose first bytes come later than the timeout (a stream opens with nothing to say until
     * the first message or heartbeat), then one message.
     */
    static final FakeBackend STREAM = FakeBackend.answering((head, out) -> {
        // The scenario, not a wait for a condition: the stream stays quiet past the 1 s timeout.
        awaitQuietly(TEST_OVER, 1_800);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
                + "data: first\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    });
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.services.rotation", HANGING::url);
        registry.add("kajimaru.services.notification", STREAM::url);
    }

    @AfterAll
    static void stop() throws IOException {
        TEST_OVER.countDown();
        HANGING.close();
        STREAM.close();
    }

    @Test
    void aHangingServiceIsA504WithRetryAfterAfterTheTimeout() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = HTTP.send(request("/api/chores"), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(504);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(r.body()).contains("\"status\":504").contains("took too long");
        assertThat(took).as("answered by the gateway's timeout, not the client's").isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void theNotificationStreamOutlivesTheResponseTimeout() throws Exception {
        HttpResponse<String> r = HTTP.send(request("/api/notifications/stream"), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("data: first");
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer not-checked-by-the-gateway")
                .GET().build();
    }

    private static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
