package jp.kajimaru.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the java command for one service, pointing it at the running infrastructure. */
public final class ServiceCommandLine {

    // Seven JVMs share two cores and a laptop's memory: C1 only and the serial GC start fastest and stay small; a
    // small young generation and half-size thread stacks keep ~40 MB per service out of RSS (measured on
    // user-service: 382 → 345 MB) for a few more, cheap, minor collections. A full collection shrinks the heap to
    // its target at once, not over four of them (HeapCompaction runs one after start).
    private static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx320m", "-Xmn12m", "-Xss512k",
            "-XX:MaxHeapFreeRatio=10", "-XX:MinHeapFreeRatio=5", "-XX:+UseSerialGC", "-XX:-ShrinkHeapInSteps");
    // The bean definitions that Spring AOT wrote when the jar was built (process-aot in the parent pom), instead of
    // parsing configuration classes and evaluating conditions at each start: ~15 % less CPU per service (ADR 0020).
    // It goes before the extra options, so KAJIMARU_SERVICE_JVM_OPTIONS=-Dspring.aot.enabled=false still wins.
    private static final String SPRING_AOT = "-Dspring.aot.enabled=true";
    // Except user-service, whose Argon2id hashing needs C2: the supervisor gives it HashingJit's options instead.
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private static final String LOOPBACK = "127.0.0.1";
    private static final int IDLE_FETCH_WAIT_MS = 2000;
    private static final String LEADER_CHECK_INTERVAL = "5s";

    private ServiceCommandLine() {
    }

    /** {@code extraJvmOptions} go before {@code -jar} (the start-up cache's flag). */
    public static List<String> of(ServiceSpec service, ServiceJava java, Path jar, List<String> extraJvmOptions,
            DatabaseServer db, String kafkaBootstrap, MailServer mail) {
        return of(service, java, jar, extraJvmOptions, db, kafkaBootstrap, mail, WeatherSource.OPEN_METEO);
    }

    /** As above; weather-service is also told where its forecasts come from when the environment named a source. */
    public static List<String> of(ServiceSpec service, ServiceJava java, Path jar, List<String> extraJvmOptions,
            DatabaseServer db, String kafkaBootstrap, MailServer mail, WeatherSource weather) {
        List<String> command = new ArrayList<>();
        command.add(java.executable().toString());
        command.addAll(JVM_OPTIONS);
        if (!service.equals(ServiceSpec.USER)) {
            command.add(C1_ONLY);
        }
        if (java.hasAotCache()) {
            // Java 25's compact object headers: 8 bytes less per object, ~10 % less heap for the same work. And the C
            // heap that a busy hour freed goes back to the system within a minute (9–28 MB per service after start).
            command.add("-XX:+UseCompactObjectHeaders");
            command.add("-XX:TrimNativeHeapInterval=60000");
        }
        command.add(SPRING_AOT);
        command.addAll(extraJvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + service.port());
        if (service.equals(ServiceSpec.GATEWAY)) {
            // The only way in: the gateway listens on every interface, the services on loopback only.
            ServiceSpec.BACKENDS.forEach(backend ->
                    command.add("--kajimaru.services." + backend.shortName() + "=" + backend.baseUrl()));
        } else {
            command.add("--server.address=" + LOOPBACK);
            command.add("--spring.datasource.url=" + db.jdbcUrl(service.database()));
            command.add("--spring.datasource.username=" + db.user());
            command.add("--spring.datasource.password=" + db.password());
            command.add("--spring.kafka.bootstrap-servers=" + kafkaBootstrap);
            command.add("--spring.cloud.stream.kafka.binder.brokers=" + kafkaBootstrap);
            // Hikari's default ten connections: with three consumer threads per topic, schedulers and requests, four
            // starved notification-service under the system tests' burst (HTTP requests waited 30 s for a
            // connection). Two idle request threads (not ten) keep the JVMs smaller.
            command.add("--server.tomcat.threads.min-spare=2");
            // Pools open two connections at start and grow to ten under load (Hikari's default keeps all ten open):
            // 48 idle connections fewer at start, each a thread with its buffers in MariaDB and a socket in a JVM.
            command.add("--spring.datasource.hikari.minimum-idle=2");
            // Spring Data repositories are built when first used, not during start: building them all (query methods
            // derived and parsed) took ~3 s of CPU per service, with seven services starting on two cores, and ~25 MB
            // of heap and metaspace for repositories an idle service never touches (rotation-service, measured).
            // The services' own tests start in the default mode (MessagingDefaults: deferred), so a query that does
            // not parse still fails the build rather than a first request here.
            command.add("--spring.data.jpa.repositories.bootstrap-mode=lazy");
            // A consumer with nothing to read asks the broker every 2 s instead of Kafka's 500 ms: ~40 consumer
            // threads in the stack and the broker answering them were half of the idle stack's CPU. A record that
            // arrives is still handed over at once (the broker answers a waiting fetch as soon as it has one); what
            // it costs is up to 2 s more for a consumer-group change (a service restarting). Only here: the
            // services' tests start and stop consumers all the time (bench/results/idle-cpu.md).
            command.add("--spring.cloud.stream.kafka.default.consumer.configuration.fetch.max.wait.ms=" + IDLE_FETCH_WAIT_MS);
            // One replica per service here, so no standby waits for the relay's lock: the leader asks whether it still
            // holds it every 5 s instead of every second (~0.15 % of a core per service at rest, bench/results/idle-cpu.md).
            command.add("--kajimaru.outbox.leader-check-interval=" + LEADER_CHECK_INTERVAL);
            if (service.equals(ServiceSpec.NOTIFICATION)) {
                command.addAll(mail.springArguments());
            }
            if (service.module().equals("weather-service")) {
                command.addAll(weather.springArguments());
            }
        }
        return command;
    }
}
