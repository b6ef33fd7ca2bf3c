package jp.kajimaru.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Starts the services side by side, waits until all report UP, and stops them again. */
public final class ServiceSupervisor {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);

    private final List<ServiceProcess> running = new ArrayList<>();
    private final HealthProbe healthProbe = new HealthProbe();
    private boolean stopped;

    /** Refuses once {@link #stopAll()} ran, so a Ctrl-C during infrastructure start leaves no orphans. */
    public synchronized void startAll(StackConfig config, Infrastructure infra) throws IOException {
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (stopped) {
                throw new IllegalStateException("shutting down");
            }
            List<String> command = ServiceCommandLine.of(
                    service, service.jar(config.repoRoot()), infra.db(), infra.kafkaBootstrap());
            running.add(ServiceProcess.start(service, command, config.logDir()));
        }
    }

    /**
     * Polls every service until each is UP, printing a status line as each one gets there.
     *
     * @return the first service that died or did not come up in time, or null when all are UP
     */
    public ServiceProcess awaitAllUp(Duration timeout) throws InterruptedException {
        Set<ServiceProcess> pending = new LinkedHashSet<>(snapshot());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            for (ServiceProcess process : List.copyOf(pending)) {
                if (!process.isAlive()) {
                    return process;
                }
                if (healthProbe.isUp(process.service().healthUri())) {
                    pending.remove(process);
                    System.out.printf(Locale.ROOT, "  %-22s:%d  UP   pid %-7d %5.1f s%n",
                            process.service().module(), process.service().port(), process.pid(),
                            process.secondsSinceStart());
                }
            }
            if (System.nanoTime() > deadline && !pending.isEmpty()) {
                return pending.iterator().next();
            }
            if (!pending.isEmpty()) {
                TimeUnit.NANOSECONDS.sleep(POLL_INTERVAL.toNanos());
            }
        }
        return null;
    }

    /** All get SIGTERM at once so their 20 s of grace run in parallel, not one after another. */
    public void stopAll() throws InterruptedException {
        List<ServiceProcess> toStop;
        synchronized (this) {
            stopped = true;
            toStop = List.copyOf(running);
        }
        toStop.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + GRACEFUL_STOP.toNanos();
        for (ServiceProcess process : toStop) {
            boolean killed = process.awaitStop(deadline);
            System.out.println("  stopped " + process.service().module() + (killed ? " (killed after 20 s)" : ""));
        }
    }

    public List<Long> pids() {
        return snapshot().stream().map(ServiceProcess::pid).toList();
    }

    private synchronized List<ServiceProcess> snapshot() {
        return List.copyOf(running);
    }
}
