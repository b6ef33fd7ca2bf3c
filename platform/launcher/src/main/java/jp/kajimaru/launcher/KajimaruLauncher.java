package jp.kajimaru.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code kajimaru up} starts MariaDB, Kafka and every service ({@code up --ops} also Zipkin and Prometheus, see
 * {@link OpsTools}); {@code kajimaru infra} only MariaDB and Kafka,
 * for running the services from an IDE. Both run until Ctrl-C or SIGTERM, then stop what they started.
 */
public final class KajimaruLauncher {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);
    private static final int LOG_LINES_ON_FAILURE = 30;

    private final StackConfig config;
    private final Infrastructure infra = new Infrastructure();
    private final ServiceSupervisor services;
    private final OpsTools ops;
    private FaultControl faults;

    private KajimaruLauncher(StackConfig config, Observability observability, OpsTools ops) {
        this.config = config;
        this.services = new ServiceSupervisor(observability.springArguments());
        this.ops = ops;
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "up" : args[0];
        boolean withOps = args.length == 2 && args[1].equals("--ops") && command.equals("up");
        if (!command.equals("up") && !command.equals("infra") || args.length > (withOps ? 2 : 1)) {
            System.err.println("usage: kajimaru [up [--ops]|infra]");
            System.exit(2);
        }
        try {
            StackConfig config = StackConfig.fromEnv(System.getenv(), Path.of(""));
            // logback.xml writes to this folder; it must be set before the first logger is created.
            System.setProperty("kajimaru.logDir", config.logDir().toString());
            Observability observability = Observability.fromEnv(System.getenv());
            new KajimaruLauncher(config, withOps ? observability.forOps(OpsTools.ZIPKIN_SPANS) : observability,
                    withOps ? new OpsTools() : null).run(command.equals("up"));
        } catch (Exception e) {
            // Kafka's non-daemon threads would keep a half-started JVM alive; exiting runs the shutdown hook.
            System.err.println("Kajimaru failed to start: " + e);
            System.exit(1);
        }
    }

    private void run(boolean withServices) throws Exception {
        if (withServices) {
            refuseToStartIfNotReady();
        }
        long start = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "kajimaru-shutdown"));
        System.out.println("Starting Kajimaru infrastructure (data in " + config.home() + ")");
        infra.start(config);
        startFaultControl();
        if (withServices) {
            startServices(start);
        } else {
            System.out.println();
            System.out.println("JDBC URL          " + infra.db().jdbcUrl("") + "  (user " + infra.db().user() + ")");
            System.out.println("Bootstrap servers " + infra.kafkaBootstrap());
        }
        System.out.println("Press Ctrl-C to stop.");
        // Everything now runs in other threads and processes until Ctrl-C or SIGTERM runs the shutdown hook.
        Thread.currentThread().join();
    }

    /** Only when KAJIMARU_FAULTS_PORT asks for it (the fault tests of issue #15): never part of a normal stack. */
    private void startFaultControl() throws java.io.IOException {
        java.util.Optional<Integer> port = FaultControl.portFromEnv(System.getenv());
        if (port.isPresent()) {
            faults = FaultControl.start(port.get(), infra.embeddedParts());
            System.out.println("  Faults      http://127.0.0.1:" + faults.port() + "  fault injection on (" + FaultControl.PORT_VARIABLE
                    + "): POST /kafka/stop, /kafka/start, /mariadb/stop, /mariadb/start");
        }
    }

    private void refuseToStartIfNotReady() {
        List<String> busy = ServiceSpec.ALL.stream()
                .filter(s -> FreePorts.isTaken(s.port()))
                .map(s -> s.port() + " (" + s.module() + ")")
                .toList();
        if (!busy.isEmpty()) {
            fail("Port(s) already in use: " + String.join(", ", busy)
                    + ". Is Kajimaru already running? Stop whatever listens there and try again.");
        }
        List<Path> missing = ServiceSpec.ALL.stream()
                .map(s -> s.jar(config.repoRoot()))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        if (!missing.isEmpty()) {
            fail("Missing service jars (build with ./mvnw -DskipTests package): " + missing);
        }
    }

    private void startServices(long start) throws Exception {
        if (ops != null) {
            ops.start(config);
        }
        services.startAll(config, infra);
        ServiceProcess failed = services.awaitAllUp(STARTUP_TIMEOUT);
        if (failed != null && services.stopping()) {
            // Ctrl-C or SIGTERM while starting: the shutdown hook is stopping every service, so this one did not
            // fail on its own. The hook ends the JVM; nothing is left to report here.
            Thread.currentThread().join();
        }
        if (failed != null) {
            String why = failed.isAlive() ? "did not report UP within " + STARTUP_TIMEOUT.toSeconds() + " s" : "exited";
            System.out.println();
            System.out.println(failed.service().module() + " " + why + ". Last lines of " + failed.logFile() + ":");
            failed.lastLogLines(LOG_LINES_ON_FAILURE).forEach(line -> System.out.println("    " + line));
            System.exit(1);
        }
        services.restartWhenDead();
        System.out.println();
        System.out.println("Kajimaru is running at http://localhost:" + ServiceSpec.GATEWAY.port());
        if (ops != null) {
            ops.urls().forEach(System.out::println);
        }
        System.out.printf(Locale.ROOT, "Started in %.1f s%n", (System.nanoTime() - start) / 1e9);
        services.compactHeaps(config.home());
        System.out.println(MemoryUsage.report(services.pids()));
    }

    private void stop() {
        System.out.println();
        System.out.println("Stopping Kajimaru");
        try {
            services.stopAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ops != null) {
            ops.close();
        }
        if (faults != null) {
            faults.close();
        }
        infra.close();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
