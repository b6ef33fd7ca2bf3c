package jp.kajimaru.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Open-Meteo for the embedded stack, which has no internet: a real HTTP server on loopback in the test JVM, started
 * before the stack (RunningStack hands its URL to the launcher as {@code KAJIMARU_WEATHER_BASE_URL}), answering
 * {@code /v1/forecast} per place with recorded responses from {@code src/test/resources/open-meteo/} — or failing.
 * A place is the rounded latitude and longitude weather-service sends ("35.69,139.69").
 *
 * <ul>
 *   <li>Tokyo (every new household's default): overcast today;</li>
 *   <li>Sapporo: snow; Naha: sunny and windy; Kobe: Tokyo's recording (a place of its own for the outage test);</li>
 *   <li>Fukuoka: HTTP 500 every time; Kagoshima: never answers (the service's timeout decides);</li>
 *   <li>anywhere else: 400 with Open-Meteo's error body.</li>
 * </ul>
 * {@link #outage(boolean)} takes the whole provider down (503 for every place) and brings it back.
 */
final class RecordedOpenMeteo {

    static final String TOKYO = "35.69,139.69";
    static final String SAPPORO = "43.06,141.35";
    static final String NAHA = "26.21,127.68";
    static final String KOBE = "34.69,135.20";
    static final String FUKUOKA_FAILING = "33.59,130.40";
    static final String KAGOSHIMA_SILENT = "31.60,130.56";

    private static final Map<String, String> RECORDED = Map.of(
            TOKYO, "cloudy-tokyo.json",
            SAPPORO, "snow-sapporo.json",
            NAHA, "windy-sunny-naha.json",
            KOBE, "cloudy-tokyo.json");

    private static RecordedOpenMeteo instance;

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile boolean down;
    /** Released when the JVM exits: the silent place's requests wait on it (the client gives up long before). */
    private final CountDownLatch closing = new CountDownLatch(1);

    private RecordedOpenMeteo() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "recorded-open-meteo");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The server, started on the first call (once per JVM, like the stack that uses it). */
    static synchronized RecordedOpenMeteo get() {
        if (instance == null) {
            try {
                instance = new RecordedOpenMeteo();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "recorded-open-meteo-stop"));
        }
        return instance;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code true}: every request is answered 503 until {@code outage(false)}. */
    void outage(boolean down) {
        this.down = down;
    }

    /** How many forecast requests reached this place so far. */
    int calls(String place) {
        AtomicInteger n = calls.get(place);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI());
            String place = query.get("latitude") + "," + query.get("longitude");
            calls.computeIfAbsent(place, k -> new AtomicInteger()).incrementAndGet();
            if (down) {
                send(exchange, 503, "{\"error\":true,\"reason\":\"Service Unavailable\"}");
            } else if (!"/v1/forecast".equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "{\"error\":true,\"reason\":\"Not Found\"}");
            } else if (RECORDED.containsKey(place)) {
                send(exchange, 200, recorded(RECORDED.get(place)));
            } else if (FUKUOKA_FAILING.equals(place)) {
                send(exchange, 500, "{\"error\":true,\"reason\":\"Internal Server Error\"}");
            } else if (KAGOSHIMA_SILENT.equals(place)) {
                try {
                    closing.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                send(exchange, 400, "{\"error\":true,\"reason\":\"No recorded forecast for " + place + "\"}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static String recorded(String file) {
        try (InputStream in = RecordedOpenMeteo.class.getResourceAsStream("/open-meteo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no recorded response " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
