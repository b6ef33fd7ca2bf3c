package jp.kajimaru.systemtests;

import jp.kajimaru.launcher.ServiceSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * One {@code ./kajimaru up} per test JVM, shared by every IT class ({@link StackIT}, {@link BrowserIT}): the
 * stack takes minutes to start, so it starts on first use and stops in a JVM shutdown hook. Because a hook
 * cannot fail a test, a stack that ignores SIGTERM (or leaves a port 8080–8086 bound), or a service that
 * logged an ERROR line while the tests ran, is reported as an ERROR on stderr and the JVM halts with
 * status 1, which fails the failsafe run instead of passing quietly.
 */
final class RunningStack {

    static final String STACK_CLOCK_START = "2026-11-30T00:00:00Z";
    /** The service whose outbox the polling relay ships in this stack; every other one reads the binlog. */
    static final String POLLING_RELAY = "rotation-service";

    static final Path REPO = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
    static final String GATEWAY = "http://localhost:8080";
    static final Path HOME = REPO.resolve("system-tests/target/stack-it-home");
    /** Where the launcher sends each service's output: {@code <module>.log}, Spring Boot's console format. */
    static final Path LOGS = HOME.resolve("logs");
    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s");

    private static RunningStack instance;
    /** The launcher's fault injection (FaultControl), on only when the fault tests run (KAJIMARU_FAULT_TESTS=true). */
    private static final int FAULTS_PORT = jp.kajimaru.launcher.FreePorts.pick();
    private static final List<ToleratedErrors> TOLERATED = new CopyOnWriteArrayList<>();

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private RunningStack(Process process) {
        this.process = process;
    }

    /** The running stack, started on the first call. */
    static synchronized RunningStack get() throws IOException {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(RunningStack::stopAtExit, "running-stack-stop"));
        }
        return instance;
    }

    List<String> output() {
        return List.copyOf(output);
    }

    private static RunningStack start() throws IOException {
        Files.createDirectories(REPO.resolve("system-tests/target"));
        ProcessBuilder pb = new ProcessBuilder("bash", "kajimaru", "up").directory(REPO.toFile()).redirectErrorStream(true);
        pb.environment().put("KAJIMARU_HOME", HOME.toString());
        // Every service starts its clock at the same Monday morning (09:00 in Tokyo) and ticks on from there, so the
        // flows see the same weekday and are far from midnight whatever day the suite runs on.
        pb.environment().put("KAJIMARU_CLOCK_START", STACK_CLOCK_START);
        // No internet here: weather-service asks recorded Open-Meteo answers served from this JVM (RecordedOpenMeteo).
        pb.environment().put("KAJIMARU_WEATHER_BASE_URL", RecordedOpenMeteo.get().baseUrl());
        // Weather timings short enough for WeatherStackIT to see an outage turn a forecast stale and the circuit close
        // again within a test (defaults: refresh 1 h, stale 3 h, open 5 min, schedule every 5 min). Every place is
        // asked at most every 20 s; the schedule looks every 10 s (CHECK_EVERY for its ${...} placeholder).
        pb.environment().put("KAJIMARU_WEATHER_REFRESHAFTER", "20s");
        pb.environment().put("KAJIMARU_WEATHER_CHECK_EVERY", "10s");
        pb.environment().put("KAJIMARU_WEATHER_CHECKEVERY", "10s");
        pb.environment().put("KAJIMARU_WEATHER_STALEAFTER", "45s");
        pb.environment().put("KAJIMARU_WEATHER_BREAKER_OPENFOR", "15s");
        // Every span to the test JVM's Zipkin (ZipkinServer, started by the ITs that read traces); HTTP latency
        // histograms on, as compose and k8s have them (the dashboards' p95 panels; ExposedMetricsIT checks them).
        pb.environment().put("KAJIMARU_ZIPKIN_ENDPOINT", ZipkinServer.SPANS);
        // Both relays run in every system test: rotation-service ships its outbox by polling the table, the others by
        // reading the binlog (TraceAcrossKafkaIT follows one trace through each).
        pb.environment().put("KAJIMARU_POLLING_RELAY", POLLING_RELAY);
        // (Dash removed, not turned into "_": that would bind to management.metrics.distribution.percentiles.)
        pb.environment().put("MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILESHISTOGRAM_HTTP_SERVER_REQUESTS", "true");
        if ("true".equals(System.getenv("KAJIMARU_FAULT_TESTS"))) {
            pb.environment().put("KAJIMARU_FAULTS_PORT", Integer.toString(FAULTS_PORT));
        }
        pb.environment().remove("KAJIMARU_DB_URL");
        pb.environment().remove("KAJIMARU_KAFKA");
        long started = System.nanoTime();
        RunningStack stack = new RunningStack(pb.start());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stack.process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    stack.output.add(line);
                    System.out.println("[stack] " + line);
                }
            } catch (IOException ignored) {
                // The process is gone; its output ends here.
            }
        }, "stack-output");
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!stack.process.isAlive()) {
                    throw new AssertionError("./kajimaru up exited early:\n" + String.join("\n", stack.output));
                }
                return stack.output.stream().anyMatch(l -> l.startsWith("Kajimaru is running at http://localhost:8080"));
            });
        } catch (RuntimeException | AssertionError e) {
            stack.stop();
            throw e;
        }
        System.out.printf("[stack-it] ./kajimaru up ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
        return stack;
    }

    /**
     * SIGTERM to the launcher JVM (as Ctrl-C would), then wait for it and for every service port to be free.
     * Returns the problems found; empty when the stack stopped cleanly.
     */
    List<String> stop() {
        List<String> problems = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();
        process.toHandle().descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().ifPresent(ProcessHandle::destroy);
        process.destroy();
        boolean exited;
        try {
            exited = process.waitFor(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = false;
        }
        System.out.printf("[stack-it] stopped in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (!exited) {
            problems.add("the stack did not stop on SIGTERM within 90 s");
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (int port = 8080; port <= 8086; port++) {
            final int p = port;
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> free(p));
            } catch (ConditionTimeoutException e) {
                problems.add("port " + p + " is still bound 30 s after the stack stopped");
            }
        }
        return problems;
    }

    /**
     * Asks the launcher's fault injection to stop or start "kafka" or "mariadb" on its address (issue #15; only with
     * KAJIMARU_FAULT_TESTS=true); returns once it has, with what the launcher said.
     */
    static String fault(String part, String action) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + FAULTS_PORT + "/" + part + "/" + action))
                        .timeout(Duration.ofMinutes(3)).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError(part + " " + action + " → " + r.statusCode() + " " + r.body());
        }
        return r.body().strip();
    }

    /**
     * ERROR lines a fault test expects: from now until {@link ToleratedErrors#close()}, what the services log while a
     * dependency is down (a lost connection is an ERROR for Kafka's clients and Hikari) does not fail the run. Only the
     * lines in between, counted per log file; each is still printed. Every other IT keeps the full check.
     */
    static ToleratedErrors tolerateErrors(String why) {
        ToleratedErrors window = new ToleratedErrors(why, lineCounts());
        TOLERATED.add(window);
        return window;
    }

    /** A stretch of every service log whose ERROR lines are expected (see {@link #tolerateErrors}). */
    static final class ToleratedErrors implements AutoCloseable {
        private final String why;
        private final java.util.Map<String, Integer> from;
        private volatile java.util.Map<String, Integer> to;

        private ToleratedErrors(String why, java.util.Map<String, Integer> from) {
            this.why = why;
            this.from = from;
        }

        boolean covers(String module, int line) {
            java.util.Map<String, Integer> end = to;
            return line >= from.getOrDefault(module, 0) && (end == null || line < end.getOrDefault(module, 0));
        }

        /** The ERROR lines of the window so far (for the test's report). */
        List<String> errors() {
            return errorLines((module, line) -> covers(module, line));
        }

        /** Every line of the window so far, any level, that contains {@code text}, as "module: line". */
        List<String> linesContaining(String text) {
            return linesWhere(line -> line.contains(text), this::covers);
        }

        @Override
        public void close() {
            to = lineCounts();
            List<String> tolerated = errors();
            System.out.println("[stack-it] " + tolerated.size() + " ERROR lines tolerated while " + why
                    + (tolerated.isEmpty() ? "" : ":\n  " + tolerated.stream()
                            .map(line -> line.length() > 400 ? line.substring(0, 400) + " …" : line)
                            .collect(java.util.stream.Collectors.joining("\n  "))));
        }
    }

    /** Where every service log ends now: {@link LogMark#linesContaining} later reads what was logged after it. */
    static LogMark mark() {
        return new LogMark(lineCounts());
    }

    /** A point in every service log (line counts per module). */
    record LogMark(java.util.Map<String, Integer> from) {
        /** Every line logged since the mark, any level, that contains {@code text}, as "module: line". */
        List<String> linesContaining(String text) {
            return linesWhere(line -> line.contains(text), (module, line) -> line >= from.getOrDefault(module, 0));
        }
    }

    /** Every ERROR line the services (gateway included) have logged so far, as "module: line", but those a fault test expects. */
    static List<String> serviceErrors() {
        return errorLines((module, line) -> TOLERATED.stream().noneMatch(w -> w.covers(module, line)));
    }

    private static List<String> errorLines(java.util.function.BiPredicate<String, Integer> counted) {
        return linesWhere(line -> ERROR_LINE.matcher(line).find(), counted);
    }

    /** Every log line that matches and whose (module, line number) is {@code counted}, as "module: line". */
    private static List<String> linesWhere(java.util.function.Predicate<String> matches,
                                           java.util.function.BiPredicate<String, Integer> counted) {
        List<String> found = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            String module = service.module();
            List<String> lines = logLines(module, found);
            for (int i = 0; i < lines.size(); i++) {
                if (matches.test(lines.get(i)) && counted.test(module, i)) {
                    found.add(module + ": " + lines.get(i));
                }
            }
        }
        return found;
    }

    private static java.util.Map<String, Integer> lineCounts() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            counts.put(service.module(), logLines(service.module(), new ArrayList<>()).size());
        }
        return counts;
    }

    private static List<String> logLines(String module, List<String> problems) {
        Path log = LOGS.resolve(module + ".log");
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try {
            // Leniently decoded: a crash dump may hold bytes that are not UTF-8.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            problems.add(module + ": cannot read " + log + ": " + e);
            return List.of();
        }
    }

    /** The embedded MariaDB's address ("127.0.0.1:port", picked free at start), as user-service's log gives it. */
    static String databaseAddress() throws IOException {
        String log = Files.readString(LOGS.resolve("user-service.log"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = Pattern.compile("jdbc:mariadb://([\\d.]+:\\d+)/kajimaru_user").matcher(log);
        String address = null;
        while (m.find()) {
            address = m.group(1);
        }
        if (address == null) {
            throw new AssertionError("no database address in user-service's log");
        }
        return address;
    }

    private static void stopAtExit() {
        // Read before SIGTERM: what a service logs while it is being stopped is not the running stack's health.
        List<String> errors = serviceErrors();
        List<String> problems = new ArrayList<>(instance.stop());
        if (!errors.isEmpty()) {
            problems.add("services logged ERROR lines while the tests ran:\n  " + String.join("\n  ", errors));
        }
        // After the stop, so the logs are complete: no secret in any log line or recorded response (SecretScan).
        List<String> leaks = SecretScan.findings(LOGS);
        if (!leaks.isEmpty()) {
            problems.add("secrets in logs or responses:\n  " + String.join("\n  ", leaks));
        }
        if (!problems.isEmpty()) {
            System.err.println("[stack-it] ERROR: " + String.join("; ", problems));
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
    }

    static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
