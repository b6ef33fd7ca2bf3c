package jp.kajimaru.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts the services side by side, waits until all report UP, restarts one that dies later on (see
 * {@link ServiceRestarts}), and stops them again.
 */
public final class ServiceSupervisor implements ServiceRestarts.Processes {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);
    /** Where Debian (and most Linux distributions) install JDKs side by side. */
    private static final Path SYSTEM_JVMS = Path.of("/usr/lib/jvm");

    private final List<ServiceProcess> running = new ArrayList<>();
    private final HealthProbe healthProbe = new HealthProbe();
    /** Appended to every service's command (traces and log format, see {@link Observability}); not to training runs. */
    private final List<String> extraArguments;
    private final ScheduledExecutorService restartTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kajimaru-restarts");
        t.setDaemon(true);
        return t;
    });
    private final ServiceRestarts restarts = new ServiceRestarts(Clock.systemUTC(),
            (delay, task) -> restartTimer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS),
            service -> healthProbe.isUp(service.healthUri()), this, System.out);
    private boolean stopped;
    private ServiceJava java;

    public ServiceSupervisor() {
        this(List.of());
    }

    public ServiceSupervisor(List<String> extraArguments) {
        this.extraArguments = List.copyOf(extraArguments);
    }

    /** Refuses once {@link #stopAll()} ran, so a Ctrl-C during infrastructure start leaves no orphans. */
    public void startAll(StackConfig config, Infrastructure infra) throws IOException, InterruptedException {
        ServiceJava java = ServiceJava.choose(config.serviceJavaHome(), Path.of(System.getProperty("java.home")),
                SYSTEM_JVMS);
        synchronized (this) {
            this.java = java;
        }
        List<String> hashingJit = HashingJit.options(config.home());
        List<List<String>> commands = new ArrayList<>();
        if (java.hasAotCache() && config.startupCache()) {
            StartupCache cache = new StartupCache(config.home().resolve("startup-cache"), java);
            List<Path> jars = new ArrayList<>();
            for (ServiceSpec service : ServiceSpec.ALL) {
                jars.add(cache.unpacked(service, service.jar(config.repoRoot())));
            }
            List<ServiceSpec> untrained = ServiceSpec.ALL.stream().filter(s -> !cache.isTrained(s)).toList();
            if (!untrained.isEmpty()) {
                cache.train(untrained, untrained.stream()
                        .map(s -> command(s, java, jars.get(ServiceSpec.ALL.indexOf(s)), List.of(), hashingJit, infra, config))
                        .toList(), config.logDir());
            }
            for (int i = 0; i < ServiceSpec.ALL.size(); i++) {
                ServiceSpec service = ServiceSpec.ALL.get(i);
                List<String> options = cache.isTrained(service) ? cache.options(service) : List.of();
                commands.add(command(service, java, jars.get(i), options, hashingJit, infra, config));
            }
        } else {
            ServiceSpec.ALL.forEach(s -> commands.add(command(s, java, s.jar(config.repoRoot()), List.of(), hashingJit, infra, config)));
        }
        System.out.println("Starting " + ServiceSpec.ALL.size() + " services on Java " + java.feature()
                + " (logs in " + config.logDir() + ")");
        synchronized (this) {
            for (int i = 0; i < ServiceSpec.ALL.size(); i++) {
                if (stopped) {
                    throw new IllegalStateException("shutting down");
                }
                List<String> command = new ArrayList<>(commands.get(i));
                command.addAll(extraArguments);
                running.add(ServiceProcess.start(ServiceSpec.ALL.get(i), command, config.logDir()));
            }
        }
    }

    private static List<String> command(ServiceSpec service, ServiceJava java, Path jar, List<String> cacheOptions,
            List<String> hashingJit, Infrastructure infra, StackConfig config) {
        List<String> options = new ArrayList<>(cacheOptions);
        if (service.equals(ServiceSpec.USER)) {
            options.addAll(hashingJit);
        }
        options.addAll(config.serviceJvmOptions());
        List<String> command = new ArrayList<>(ServiceCommandLine.of(service, java, jar, options, infra.db(),
                infra.kafkaBootstrap(), infra.mail(), config.weather()));
        command.addAll(config.serviceArguments(service));
        return command;
    }

    /**
     * Polls every service until each is UP, printing a status line as each one gets there. The services still
     * starting are asked at once, not one after another: a busy one may take its whole probe timeout to answer, and
     * in turn that had held up noticing the others by seconds.
     *
     * @return the first service that died or did not come up in time, or null when all are UP
     */
    public ServiceProcess awaitAllUp(Duration timeout) throws InterruptedException {
        Set<ServiceProcess> pending = new LinkedHashSet<>(snapshot());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            Map<ServiceProcess, CompletableFuture<Double>> probes = new LinkedHashMap<>();
            for (ServiceProcess process : pending) {
                if (!process.isAlive()) {
                    return process;
                }
                // When it answered UP, how long after its start (null: not UP yet).
                probes.put(process, healthProbe.isUpAsync(process.service().healthUri())
                        .thenApply(up -> up ? process.secondsSinceStart() : null));
            }
            for (Map.Entry<ServiceProcess, CompletableFuture<Double>> probe : probes.entrySet()) {
                Double upAfter = probe.getValue().join();
                if (upAfter != null) {
                    ServiceProcess process = probe.getKey();
                    pending.remove(process);
                    System.out.printf(Locale.ROOT, "  %-22s:%d  UP   pid %-7d %5.1f s%n",
                            process.service().module(), process.service().port(), process.pid(), upAfter);
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

    /** From now on (every service reported UP once) a service that dies is started again. */
    public void restartWhenDead() {
        snapshot().forEach(restarts::watch);
    }

    @Override
    public synchronized boolean stopping() {
        return stopped;
    }

    @Override
    public synchronized ServiceProcess replace(ServiceProcess dead) throws IOException {
        int index = running.indexOf(dead);
        if (stopped || index < 0) {
            return null;
        }
        ServiceProcess fresh = dead.restart();
        running.set(index, fresh);
        return fresh;
    }

    /** All get SIGTERM at once so their 20 s of grace run in parallel, not one after another. */
    public void stopAll() throws InterruptedException {
        List<ServiceProcess> toStop;
        synchronized (this) {
            stopped = true;
            toStop = List.copyOf(running);
        }
        // replace() reads `stopped` under the lock, so no restart starts from here on; pending ones are dropped.
        restartTimer.shutdownNow();
        toStop.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + GRACEFUL_STOP.toNanos();
        for (ServiceProcess process : toStop) {
            boolean killed = process.awaitStop(deadline);
            System.out.println("  stopped " + process.service().module() + (killed ? " (killed after 20 s)" : ""));
        }
    }

    /** Once all are up: each, and the launcher, gives back the memory its start grew (see {@link HeapCompaction}). */
    public void compactHeaps(Path workDir) throws InterruptedException {
        ServiceJava services;
        synchronized (this) {
            services = java;
        }
        if (services != null) {
            List<Long> all = new ArrayList<>(pids());
            all.add(ProcessHandle.current().pid());
            HeapCompaction.compact(services, all, workDir);
        }
    }

    public List<Long> pids() {
        return snapshot().stream().map(ServiceProcess::pid).toList();
    }

    private synchronized List<ServiceProcess> snapshot() {
        return List.copyOf(running);
    }
}
