package jp.kajimaru.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the launcher can be told from outside, read once from the environment.
 *
 * @param repoRoot      where the service jars are built
 * @param home          data, logs and the unpacked MariaDB live here, so a second {@code up} finds them again
 * @param externalDbUrl a MariaDB server to use instead of the embedded one
 * @param externalKafka bootstrap servers to use instead of the in-process broker
 * @param serviceJavaHome the JDK to run the services on (default: see {@link ServiceJava})
 * @param externalMail  an SMTP server to send through instead of the local catcher ({@code KAJIMARU_SMTP_*})
 * @param startupCache  whether to record and use Java 25's AOT cache ({@code KAJIMARU_STARTUP_CACHE=off} turns it off)
 * @param weather       where weather-service asks for forecasts ({@code KAJIMARU_WEATHER_BASE_URL}, {@code KAJIMARU_WEATHER_ENDPOINT})
 * @param pollingRelay  the services whose outbox relay polls the table instead of reading the binlog
 *                      ({@code KAJIMARU_POLLING_RELAY=rotation-service,shopping}; "all" for every one)
 * @param serviceJvmOptions JVM options for every service after the launcher's own, so they win
 *                      ({@code KAJIMARU_SERVICE_JVM_OPTIONS="-Xmn24m -Xmx512m"}): an operator's or a benchmark's tuning
 */
public record StackConfig(
        Path repoRoot,
        Path home,
        Optional<String> externalDbUrl,
        String dbUser,
        String dbPassword,
        Optional<String> externalKafka,
        Optional<Path> serviceJavaHome,
        Optional<MailServer> externalMail,
        boolean startupCache,
        WeatherSource weather,
        java.util.Set<String> pollingRelay,
        java.util.List<String> serviceJvmOptions) {

    public static StackConfig fromEnv(Map<String, String> env, Path repoRoot) {
        Path root = repoRoot.toAbsolutePath().normalize();
        Path home = value(env, "KAJIMARU_HOME")
                .map(h -> root.resolve(h).normalize())
                .orElse(root.resolve(".kajimaru"));
        return new StackConfig(
                root,
                home,
                value(env, "KAJIMARU_DB_URL"),
                value(env, "KAJIMARU_DB_USER").orElse("root"),
                env.getOrDefault("KAJIMARU_DB_PASSWORD", ""),
                value(env, "KAJIMARU_KAFKA"),
                value(env, "KAJIMARU_SERVICE_JAVA_HOME").map(Path::of),
                value(env, "KAJIMARU_SMTP_HOST").map(host -> new MailServer(host,
                        Integer.parseInt(value(env, "KAJIMARU_SMTP_PORT").orElse("587")),
                        value(env, "KAJIMARU_SMTP_USERNAME").orElse(""), env.getOrDefault("KAJIMARU_SMTP_PASSWORD", ""))),
                !value(env, "KAJIMARU_STARTUP_CACHE").map("off"::equalsIgnoreCase).orElse(false),
                new WeatherSource(value(env, "KAJIMARU_WEATHER_BASE_URL"), value(env, "KAJIMARU_WEATHER_ENDPOINT")),
                pollingRelay(value(env, "KAJIMARU_POLLING_RELAY").orElse("")),
                jvmOptions(value(env, "KAJIMARU_SERVICE_JVM_OPTIONS").orElse("")));
    }

    /** What a service is told beyond the infrastructure's addresses: which relay ships its outbox. */
    public java.util.List<String> serviceArguments(ServiceSpec service) {
        return pollingRelay.contains(service.module()) ? java.util.List.of("--kajimaru.outbox.relay=polling")
                : java.util.List.of();
    }

    // Only options: anything else on a java command line would be taken for the main class and stop every service.
    private static java.util.List<String> jvmOptions(String options) {
        java.util.List<String> list = java.util.Arrays.stream(options.strip().split("\\s+")).filter(o -> !o.isEmpty()).toList();
        list.stream().filter(o -> !o.startsWith("-") || o.equals("-jar")).findFirst().ifPresent(o -> {
            throw new IllegalArgumentException("KAJIMARU_SERVICE_JVM_OPTIONS holds \"" + o
                    + "\", which is not a JVM option (they start with -, and -jar is the launcher's)");
        });
        return list;
    }

    // A misspelt name would silently leave the binlog relay on: refuse it at start instead.
    private static java.util.Set<String> pollingRelay(String names) {
        java.util.Set<String> modules = new java.util.TreeSet<>();
        for (String name : names.split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (n.equalsIgnoreCase("all")) {
                ServiceSpec.BACKENDS.forEach(s -> modules.add(s.module()));
                continue;
            }
            ServiceSpec service = ServiceSpec.BACKENDS.stream()
                    .filter(s -> s.module().equals(n) || s.shortName().equals(n)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("KAJIMARU_POLLING_RELAY names \"" + n
                            + "\", which is not one of " + ServiceSpec.BACKENDS.stream().map(ServiceSpec::module).toList()));
            modules.add(service.module());
        }
        return java.util.Set.copyOf(modules);
    }

    public Path logDir() {
        return home.resolve("logs");
    }

    public Path mariaDbBaseDir() {
        return home.resolve("mariadb-base");
    }

    public Path mariaDbDataDir() {
        return home.resolve("data").resolve("mariadb");
    }

    public Path kafkaLogDir() {
        return home.resolve("data").resolve("kafka");
    }

    // An exported-but-empty variable (KAJIMARU_DB_URL= ./kajimaru) means "not set", not "connect to ''".
    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
