package jp.kajimaru.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

    private final HealthProbe probe = new HealthProbe();
    private final CountDownLatch busyServiceAnswers = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/up", exchange -> answer(exchange, 200, "{\"groups\":[\"liveness\"],\"status\":\"UP\"}"));
        server.createContext("/down", exchange -> answer(exchange, 503, "{\"status\":\"DOWN\"}"));
        server.createContext("/up-but-404", exchange -> answer(exchange, 404, "{\"status\":\"UP\"}"));
        server.createContext("/busy", exchange -> {
            try {
                busyServiceAnswers.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "{\"status\":\"UP\"}");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        busyServiceAnswers.countDown();
        server.stop(0);
    }

    @Test
    void onlyA200SayingUpIsUp() {
        assertThat(probe.isUp(uri("/up"))).isTrue();
        assertThat(probe.isUp(uri("/down"))).isFalse();
        assertThat(probe.isUp(uri("/up-but-404"))).isFalse();
    }

    @Test
    void aServiceNotListeningYetIsNotUp() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(probe.isUp(URI.create("http://127.0.0.1:" + closedPort + "/actuator/health"))).isFalse();
    }

    @Test
    void aBusyServiceDoesNotHoldUpTheAnswerOfAnother() {
        CompletableFuture<Boolean> busy = probe.isUpAsync(uri("/busy"));
        CompletableFuture<Boolean> up = probe.isUpAsync(uri("/up"));

        assertThat(up.join()).isTrue();
        assertThat(busy).isNotDone();

        busyServiceAnswers.countDown();
        assertThat(busy.join()).isTrue();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
