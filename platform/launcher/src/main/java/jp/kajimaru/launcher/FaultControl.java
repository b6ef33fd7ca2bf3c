package jp.kajimaru.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Fault injection for the fault tests (issue #15): stops and starts the embedded Kafka broker or MariaDB on the
 * same address, so the services keep their bootstrap servers and JDBC URL and must recover by themselves. Off unless
 * {@code KAJIMARU_FAULTS_PORT} is set; then {@code 127.0.0.1:<port>} (loopback only) takes
 * {@code POST /kafka/stop}, {@code POST /kafka/start}, {@code POST /mariadb/stop}, {@code POST /mariadb/start} and
 * {@code POST /mariadb/kill} (SIGKILL, a crash), each answered once the part has stopped or started (200, or 409 with
 * the reason).
 */
public final class FaultControl implements AutoCloseable {

    static final String PORT_VARIABLE = "KAJIMARU_FAULTS_PORT";

    private final HttpServer server;

    private FaultControl(HttpServer server) {
        this.server = server;
    }

    /** The port to listen on, when the environment asks for fault injection at all. */
    static Optional<Integer> portFromEnv(Map<String, String> env) {
        return Optional.ofNullable(env.get(PORT_VARIABLE)).map(String::strip).filter(v -> !v.isEmpty()).map(Integer::parseInt);
    }

    /** Serves a stop and a start for each named part. */
    static FaultControl start(int port, Map<String, Restartable> parts) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        parts.forEach((name, part) -> server.createContext("/" + name + "/", exchange -> handle(exchange, name, part)));
        // One at a time: a start never overtakes the stop before it.
        server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "fault-control")));
        server.start();
        return new FaultControl(server);
    }

    private static void handle(HttpExchange exchange, String name, Restartable part) throws IOException {
        String action = exchange.getRequestURI().getPath().substring(name.length() + 2);
        if (!exchange.getRequestMethod().equals("POST")) {
            answer(exchange, 405, "POST only");
            return;
        }
        long started = System.nanoTime();
        try {
            switch (action) {
                case "stop" -> part.stop();
                case "start" -> part.start();
                case "kill" -> part.kill();
                default -> {
                    answer(exchange, 404, "no such action: " + action);
                    return;
                }
            }
        } catch (Exception e) {
            System.out.println("  fault injection: " + name + " " + action + " failed: " + e);
            answer(exchange, 409, e.toString());
            return;
        }
        String said = String.format(Locale.ROOT, "%s %s (fault injection) in %.1f s", name, switch (action) {
                    case "stop" -> "stopped";
                    case "kill" -> "killed";
                    default -> "started";
                },
                (System.nanoTime() - started) / 1e9);
        System.out.println("  " + said);
        answer(exchange, 200, said);
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
