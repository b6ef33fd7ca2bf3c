package jp.kajimaru.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the running stack whole: a service process that dies after the stack came up (a crash, the OOM killer, a
 * SIGKILL) is started again with the same command after {@link RestartPolicy}'s back-off, and the console says who
 * died, when it comes back, and when the launcher gives up on it. Exits while the stack is stopping are not crashes.
 * Time and waiting come in from outside (clock, scheduler, health check), so tests drive it without sleeping.
 */
final class ServiceRestarts {

    static final Duration HEALTH_POLL = Duration.ofMillis(500);
    private static final int LOG_LINES_ON_GIVING_UP = 30;

    /** Runs a task later; a real scheduler in the launcher, a list in tests. */
    interface Scheduler {
        void schedule(Duration delay, Runnable task);
    }

    /** Whether a service answers UP on its health endpoint. */
    interface Health {
        boolean isUp(ServiceSpec service) throws InterruptedException;
    }

    /** Where the processes live: the supervisor, which knows whether the stack is stopping. */
    interface Processes {
        boolean stopping();

        /** Starts the replacement of {@code dead} and lists it in its place; null (nothing started) when stopping. */
        ServiceProcess replace(ServiceProcess dead) throws IOException;
    }

    private final Clock clock;
    private final Scheduler scheduler;
    private final Health health;
    private final Processes processes;
    private final PrintStream console;
    private final Map<ServiceSpec, RestartPolicy> policies = new ConcurrentHashMap<>();

    ServiceRestarts(Clock clock, Scheduler scheduler, Health health, Processes processes, PrintStream console) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.health = health;
        this.processes = processes;
        this.console = console;
    }

    /** {@code process} is UP now; from here on its death means a restart. */
    void watch(ServiceProcess process) {
        policy(process.service()).up();
        process.onExit().thenAccept(this::exited);
    }

    private RestartPolicy policy(ServiceSpec service) {
        return policies.computeIfAbsent(service, s -> new RestartPolicy(clock));
    }

    private void exited(ServiceProcess dead) {
        if (processes.stopping()) {
            return;
        }
        Instant diedAt = clock.instant();
        String module = dead.service().module();
        RestartPolicy.Decision decision = policy(dead.service()).exited();
        String how = ServiceProcess.exitDescription(dead.exitValue());
        if (!decision.restart()) {
            console.println("  " + module + " died (" + how + "), " + decision.failuresInARow()
                    + " times in a row: giving up on it. Kajimaru runs on without it; its last lines in "
                    + dead.logFile() + ":");
            dead.lastLogLines(LOG_LINES_ON_GIVING_UP).forEach(line -> console.println("    " + line));
            console.println("  Fix the cause, then stop Kajimaru (Ctrl-C) and start it again.");
            return;
        }
        console.printf(Locale.ROOT, "  %s died (%s); restarting it in %s (failure %d in a row)%n", module, how,
                seconds(decision.delay()), decision.failuresInARow());
        scheduler.schedule(decision.delay(), () -> start(dead, diedAt));
    }

    private void start(ServiceProcess dead, Instant diedAt) {
        ServiceProcess fresh;
        try {
            fresh = processes.replace(dead);
        } catch (IOException e) {
            // Could not even fork (e.g. the JDK vanished): counts as one more failure, with its back-off.
            console.println("  " + dead.service().module() + " could not be started again: " + e.getMessage());
            exited(dead);
            return;
        }
        if (fresh == null) {
            return;
        }
        console.println("  restarting " + dead.service().module() + " (pid " + fresh.pid() + ")");
        // One that dies before it reports UP is the same failure again, with a longer wait (the policy saw no up()).
        fresh.onExit().thenAccept(this::exited);
        awaitUp(fresh, diedAt);
    }

    private void awaitUp(ServiceProcess process, Instant diedAt) {
        scheduler.schedule(HEALTH_POLL, () -> {
            if (processes.stopping() || !process.isAlive()) {
                return;
            }
            boolean up;
            try {
                up = health.isUp(process.service());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!up) {
                awaitUp(process, diedAt);
                return;
            }
            policy(process.service()).up();
            console.printf(Locale.ROOT, "  %-22s:%d  UP again  pid %-7d down for %.1f s%n", process.service().module(),
                    process.service().port(), process.pid(), Duration.between(diedAt, clock.instant()).toMillis() / 1e3);
        });
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1e3);
    }
}
