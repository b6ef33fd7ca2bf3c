package jp.kajimaru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code kajimaru up --ops}: Zipkin (the server's executable jar from Maven Central, cached in the local Maven
 * repository) and, where the {@code prometheus} binary is installed, Prometheus scraping every service with this
 * repo's alert rules. Both listen on loopback only where they can be told to; their logs go next to the services'.
 */
public final class OpsTools implements AutoCloseable {

    public static final String ZIPKIN_VERSION = "3.5.1";
    public static final int ZIPKIN_PORT = 9411;
    public static final int PROMETHEUS_PORT = 9090;
    public static final String ZIPKIN_SPANS = "http://127.0.0.1:" + ZIPKIN_PORT + "/api/v2/spans";

    private final List<Process> started = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();

    /** Starts what it can; what it cannot is said on the console, the stack starts anyway. */
    public synchronized void start(StackConfig config) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Path jar = zipkinJar(config.repoRoot());
            started.add(process(zipkinCommand(java, jar), config.logDir().resolve("zipkin.log")));
            urls.add("Zipkin            http://localhost:" + ZIPKIN_PORT);
        } catch (IOException | RuntimeException e) {
            System.out.println("  Zipkin      not started: " + e.getMessage());
        }
        Optional<Path> prometheus = onPath("prometheus");
        if (prometheus.isEmpty()) {
            System.out.println("  Prometheus  not installed (Debian: apt-get install prometheus); skipped");
            return;
        }
        try {
            Path dir = config.home().resolve("ops");
            Files.createDirectories(dir);
            Path yml = dir.resolve("prometheus.yml");
            Files.writeString(yml, prometheusConfig(config.repoRoot().resolve("ops/prometheus/rules/kajimaru.yml")));
            started.add(process(List.of(prometheus.get().toString(), "--config.file=" + yml,
                    "--storage.tsdb.path=" + config.home().resolve("data").resolve("prometheus"),
                    "--web.listen-address=127.0.0.1:" + PROMETHEUS_PORT), config.logDir().resolve("prometheus.log")));
            urls.add("Prometheus        http://localhost:" + PROMETHEUS_PORT);
        } catch (IOException e) {
            System.out.println("  Prometheus  not started: " + e.getMessage());
        }
    }

    /** Zipkin with its in-memory storage, HTTP on 127.0.0.1:9411 only. */
    public static List<String> zipkinCommand(Path java, Path jar) {
        return List.of(java.toString(), "-Xmx192m", "-XX:+UseSerialGC", "-jar", jar.toString(),
                "--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].port=" + ZIPKIN_PORT,
                "--armeria.ports[0].protocols[0]=http");
    }

    /** One line per tool that runs, for the console once the stack is up. */
    public synchronized List<String> urls() {
        return List.copyOf(urls);
    }

    /** The embedded stack's scrape targets: every service and the gateway on loopback, labelled like compose's. */
    static String prometheusConfig(Path rules) {
        StringBuilder y = new StringBuilder("""
                # Written by ./kajimaru up --ops for the embedded stack (compose uses ops/prometheus/prometheus.yml).
                global:
                  scrape_interval: 15s
                  evaluation_interval: 15s
                rule_files:
                  - "%s"
                scrape_configs:
                  - job_name: kajimaru
                    metrics_path: /actuator/prometheus
                    static_configs:
                """.formatted(rules));
        for (ServiceSpec s : ServiceSpec.ALL) {
            y.append("      - targets: [\"127.0.0.1:").append(s.port()).append("\"]\n")
                    .append("        labels: {service: ").append(s.module()).append("}\n");
        }
        return y.toString();
    }

    /** The local Maven repository's copy, fetched once with the Maven wrapper when it is not there yet. */
    public static Path zipkinJar(Path repoRoot) throws IOException {
        String env = System.getenv("KAJIMARU_ZIPKIN_JAR");
        if (env != null && !env.isBlank()) {
            return Path.of(env.strip());
        }
        Path jar = localRepository().resolve("io/zipkin/zipkin-server/" + ZIPKIN_VERSION + "/zipkin-server-"
                + ZIPKIN_VERSION + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            System.out.println("  Zipkin      fetching io.zipkin:zipkin-server:" + ZIPKIN_VERSION + ":exec from Maven Central");
            Process get = new ProcessBuilder(repoRoot.resolve("mvnw").toString(), "-q", "-B", "dependency:get",
                    "-Dartifact=io.zipkin:zipkin-server:" + ZIPKIN_VERSION + ":jar:exec", "-Dtransitive=false")
                    .directory(repoRoot.toFile()).inheritIO().start();
            try {
                get.waitFor(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                get.destroy();
            }
            if (!Files.isRegularFile(jar)) {
                throw new IOException("no " + jar + " (offline? set KAJIMARU_ZIPKIN_JAR to a zipkin-server exec jar)");
            }
        }
        return jar;
    }

    static Path localRepository() {
        String custom = System.getProperty("maven.repo.local");
        return custom != null ? Path.of(custom) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static Optional<Path> onPath(String binary) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, binary);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Process process(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Override
    public synchronized void close() {
        started.forEach(Process::destroy);
        for (Process p : started) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        if (!started.isEmpty()) {
            System.out.println("  stopped the ops tools");
        }
        started.clear();
    }
}
