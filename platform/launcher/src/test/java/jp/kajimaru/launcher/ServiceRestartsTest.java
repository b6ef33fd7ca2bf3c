package jp.kajimaru.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real child processes (sh) stand in for services; the clock, the scheduler and the health check are the test's, so
 * the back-off is followed step by step without waiting for it.
 */
class ServiceRestartsTest {

    private static final ServiceSpec SERVICE = new ServiceSpec("rotation-service", 8082);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path logs;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final LinkedBlockingQueue<Scheduled> scheduled = new LinkedBlockingQueue<>();
    private final AtomicBoolean up = new AtomicBoolean();
    private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
    private final Stack stack = new Stack();
    private final ServiceRestarts restarts = new ServiceRestarts(clock, (delay, task) -> scheduled.add(new Scheduled(delay, task)),
            service -> up.get(), stack, new PrintStream(consoleBytes, true, StandardCharsets.UTF_8));

    record Scheduled(Duration delay, Runnable task) {
    }

    /** The supervisor's part: the one current process, and whether Kajimaru is stopping. */
    static final class Stack implements ServiceRestarts.Processes {
        volatile boolean stopping;
        final java.util.concurrent.atomic.AtomicInteger askedWhetherStopping = new java.util.concurrent.atomic.AtomicInteger();
        final List<ServiceProcess> started = new ArrayList<>();

        @Override
        public boolean stopping() {
            askedWhetherStopping.incrementAndGet();
            return stopping;
        }

        @Override
        public synchronized ServiceProcess replace(ServiceProcess dead) throws IOException {
            if (stopping) {
                return null;
            }
            ServiceProcess fresh = dead.restart();
            started.add(fresh);
            return fresh;
        }

        synchronized ServiceProcess current() {
            return started.get(started.size() - 1);
        }
    }

    @AfterEach
    void killLeftovers() {
        stack.stopping = true;
        stack.started.forEach(p -> {
            p.requestStop();
            try {
                p.awaitStop(System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private ServiceProcess start(String script) throws IOException {
        ServiceProcess p = ServiceProcess.start(SERVICE, List.of("sh", "-c", script), logs);
        stack.started.add(p);
        return p;
    }

    private Scheduled next() {
        await().atMost(WAIT).until(() -> !scheduled.isEmpty());
        return scheduled.poll();
    }

    private String console() {
        return consoleBytes.toString(StandardCharsets.UTF_8);
    }

    private static void kill(ServiceProcess p) {
        ProcessHandle.of(p.pid()).orElseThrow().destroyForcibly();
    }

    @Test
    void aKilledServiceIsStartedAgainWithTheSameCommandAfterASecondAndTheConsoleSaysSo() throws Exception {
        ServiceProcess first = start("echo run; exec sleep 60");
        await().atMost(WAIT).until(() -> Files.readString(first.logFile()).contains("run"));
        restarts.watch(first);

        kill(first);
        Scheduled restart = next();
        assertThat(restart.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(console()).contains("rotation-service died (exit code 137, killed by signal 9 (SIGKILL)); "
                + "restarting it in 1 s (failure 1 in a row)");

        clock.advance(Duration.ofSeconds(1));
        restart.task().run();
        ServiceProcess second = stack.current();
        assertThat(second).isNotSameAs(first);
        assertThat(second.pid()).isNotEqualTo(first.pid());
        assertThat(second.isAlive()).isTrue();
        assertThat(second.command()).isEqualTo(first.command());
        assertThat(console()).contains("restarting rotation-service (pid " + second.pid() + ")");

        // Not UP yet: it asks again half a second later; then UP, and the console says how long it was away.
        Scheduled poll = next();
        assertThat(poll.delay()).isEqualTo(ServiceRestarts.HEALTH_POLL);
        poll.task().run();
        assertThat(console()).doesNotContain("UP again");
        clock.advance(Duration.ofMillis(2500));
        up.set(true);
        next().task().run();
        assertThat(console()).containsPattern("rotation-service\\s+:8082  UP again  pid " + second.pid() + "\\s+down for 3\\.5 s");
        assertThat(scheduled).isEmpty();

        // The dead process's output is still in the log, then why it was started again, then the new one's.
        String log = Files.readString(second.logFile());
        assertThat(log).containsSubsequence("run", "rotation-service exit code 137, killed by signal 9 (SIGKILL); started again", "run");
    }

    @Test
    void aServiceThatKeepsCrashingIsRetriedWithLongerWaitsThenGivenUpOnWithItsLastLogLines() throws Exception {
        ServiceProcess first = start("echo 'Port 8082 was already in use'; exec sleep 60");
        await().atMost(WAIT).until(() -> Files.readString(first.logFile()).contains("in use"));
        restarts.watch(first);
        kill(first);
        List<Duration> waits = new ArrayList<>();
        while (true) {
            await().atMost(WAIT).until(() -> !scheduled.isEmpty() || console().contains("giving up"));
            Scheduled s = scheduled.poll();
            if (s == null) {
                break;
            }
            if (!s.delay().equals(ServiceRestarts.HEALTH_POLL)) {
                waits.add(s.delay());
                clock.advance(s.delay());
            }
            s.task().run();
            // Every replacement dies too, before it is ever UP.
            if (stack.current().isAlive() && stack.started.size() > 1) {
                kill(stack.current());
            }
        }
        assertThat(waits).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
        assertThat(console()).contains("rotation-service died (exit code 137, killed by signal 9 (SIGKILL)), "
                + RestartPolicy.DEFAULT_GIVE_UP_AFTER + " times in a row: giving up on it")
                .contains("    Port 8082 was already in use")
                .doesNotContain("UP again");
        assertThat(stack.started).hasSize(RestartPolicy.DEFAULT_GIVE_UP_AFTER);
    }

    @Test
    void aServiceStoppedWithTheStackIsNotRestarted() throws Exception {
        ServiceProcess first = start("exec sleep 60");
        restarts.watch(first);
        stack.stopping = true;
        first.requestStop();
        assertThat(first.awaitStop(System.nanoTime() + TimeUnit.SECONDS.toNanos(5))).isFalse();
        // The exit was seen (it asked whether Kajimaru is stopping, its first step) and led to nothing.
        await().atMost(WAIT).until(() -> stack.askedWhetherStopping.get() > 0);
        assertThat(scheduled).isEmpty();
        assertThat(console()).isEmpty();
    }

    @Test
    void describesSignalsAndPlainExitCodes() {
        assertThat(ServiceProcess.exitDescription(1)).isEqualTo("exit code 1");
        assertThat(ServiceProcess.exitDescription(143)).isEqualTo("exit code 143, killed by signal 15 (SIGTERM)");
        assertThat(ServiceProcess.exitDescription(134)).isEqualTo("exit code 134, killed by signal 6 (SIGABRT)");
        assertThat(ServiceProcess.exitDescription(130)).isEqualTo("exit code 130, killed by signal 2");
    }
}
