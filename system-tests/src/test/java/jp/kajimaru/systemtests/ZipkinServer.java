package jp.kajimaru.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jp.kajimaru.launcher.OpsTools;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * The real Zipkin server (io.zipkin:zipkin-server exec jar, in-memory storage) on 127.0.0.1:9411, started the way
 * {@code ./kajimaru up --ops} starts it, once per test JVM and stopped at its exit. {@link RunningStack} points every
 * service's span export at {@link #SPANS}.
 */
final class ZipkinServer {

    static final String SPANS = OpsTools.ZIPKIN_SPANS;
    static final String BASE = "http://127.0.0.1:" + OpsTools.ZIPKIN_PORT;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Process process;

    private ZipkinServer() {
    }

    /** Starts Zipkin unless one already answers on 9411, and waits until it reports UP. */
    static synchronized void ensureRunning() throws IOException {
        if (process != null || up()) {
            return;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = RunningStack.REPO.resolve("system-tests/target/zipkin.log");
        process = new ProcessBuilder(OpsTools.zipkinCommand(java, OpsTools.zipkinJar(RunningStack.REPO)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(ZipkinServer::stop, "zipkin-stop"));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("Zipkin exited; see " + log);
            }
            return up();
        });
    }

    /** Every trace holding a span with this tag value (Zipkin's annotationQuery), each as its list of spans. */
    static List<List<JsonNode>> tracesTagged(String tag, String value) throws IOException, InterruptedException {
        String query = URLEncoder.encode(tag + "=" + value, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v2/traces?limit=10&annotationQuery="
                + query)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("Zipkin answered " + r.statusCode() + ": " + r.body());
        }
        List<List<JsonNode>> traces = new ArrayList<>();
        for (JsonNode trace : JSON.readTree(r.body())) {
            List<JsonNode> spans = new ArrayList<>();
            trace.forEach(spans::add);
            traces.add(spans);
        }
        return traces;
    }

    private static boolean up() {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
