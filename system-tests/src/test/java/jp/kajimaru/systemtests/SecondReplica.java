package jp.kajimaru.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jp.kajimaru.launcher.FreePorts;

import static org.awaitility.Awaitility.await;

/**
 * A second replica of a running service, as an operator scaling it to two would run it: the same jar, JVM options,
 * database, broker and environment as the launcher's process (read from {@code /proc}), on another loopback port.
 * Its clock is pinned where the first replica's is now (its {@code X-Kajimaru-Now}), so tokens and timestamps agree. Its output goes to
 * {@code <module>-replica.log} beside the launcher's logs, so {@link RunningStack}'s ERROR check covers it too.
 * {@link #close()} stops it as the launcher stops a service (SIGTERM, then waits).
 */
final class SecondReplica implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    /** platform/web's ServerTimeFilter.HEADER: every service's answer carries its Clock's "now". */
    private static final String NOW_HEADER = "X-Kajimaru-Now";

    private final Process process;
    private final int port;

    private SecondReplica(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a copy of the process listening on {@code firstPort} and waits until it reports UP. */
    static SecondReplica of(String module, int firstPort) throws Exception {
        ProcessHandle first = processOnPort(firstPort);
        Path proc = Path.of("/proc", Long.toString(first.pid()));
        int port = FreePorts.pick();
        List<String> command = new ArrayList<>();
        for (String arg : nulSeparated(proc.resolve("cmdline"))) {
            command.add(arg.equals("--server.port=" + firstPort) ? "--server.port=" + port : arg);
        }
        Map<String, String> env = new HashMap<>();
        for (String entry : nulSeparated(proc.resolve("environ"))) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        if (env.containsKey("KAJIMARU_CLOCK_START")) {
            // Where the first replica's pinned clock is now, as it tells every client (X-Kajimaru-Now).
            env.put("KAJIMARU_CLOCK_START", applicationNow("http://127.0.0.1:" + firstPort).toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(RunningStack.LOGS.resolve(module + "-replica.log").toFile()));
        pb.environment().clear();
        pb.environment().putAll(env);
        SecondReplica replica = new SecondReplica(pb.start(), port);
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!replica.process.isAlive()) {
                    throw new AssertionError("the second " + module + " exited with " + replica.process.exitValue());
                }
                return replica.isUp();
            });
        } catch (RuntimeException | AssertionError e) {
            replica.close();
            throw e;
        }
        return replica;
    }

    private static Instant applicationNow(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        return Instant.parse(r.headers().firstValue(NOW_HEADER)
                .orElseThrow(() -> new AssertionError(baseUrl + " does not say its time (" + NOW_HEADER + ")")));
    }

    /** The launcher's (or this test's) process listening on {@code port}. */
    static ProcessHandle processOnPort(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("--server.port=" + port)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no process listens on " + port));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean isUp() {
        return isUp(baseUrl());
    }

    static boolean isUp(String baseUrl) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether the service at {@code baseUrl} runs the outbox relay now ({@code kajimaru_relay_leader} in its Prometheus
     * scrape); false when it does not answer.
     */
    static boolean leads(String baseUrl) {
        return sum(scrape(baseUrl), "kajimaru_relay_leader", "") == 1.0;
    }

    /** How many events of this type the service's relay has sent since it started ({@code kajimaru_outbox_published}). */
    static double published(String baseUrl, String eventType) {
        return sum(scrape(baseUrl), "kajimaru_outbox_published_total", "type=\"" + eventType + "\"");
    }

    private static double sum(String scrape, String metric, String label) {
        return scrape.lines().filter(l -> l.startsWith(metric + "{") || l.startsWith(metric + " "))
                .filter(l -> l.contains(label))
                .map(l -> l.contains("}") ? l.substring(l.lastIndexOf('}') + 1) : l.substring(metric.length()))
                .mapToDouble(value -> Double.parseDouble(value.strip().split(" ")[0])).sum();
    }

    /** The Prometheus scrape; empty when it does not answer. */
    private static String scrape(String baseUrl) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the second replica did not stop on SIGTERM within 60 s");
        }
    }

    private static List<String> nulSeparated(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return List.of(text.split("\0"));
    }
}
