package jp.kajimaru.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.messaging.debezium.BinlogSource;
import jp.kajimaru.messaging.debezium.DebeziumOutboxRelay;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.messaging.relay.OutboxPublisher;
import jp.kajimaru.messaging.relay.OutboxRelay;
import jp.kajimaru.messaging.relay.OutboxRows;
import jp.kajimaru.messaging.relay.PollingOutboxRelay;
import jp.kajimaru.messaging.relay.RelayLeadership;
import jp.kajimaru.testsupport.TestDatabase;
import jp.kajimaru.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relays measured in one run on this machine, each variant on a schema of its own:
 * <ul>
 * <li><b>first start</b>: relay started on a fresh schema (Debezium snapshots, then streams) until the first event
 * written since the start reaches a Kafka consumer; events are written every 20 ms meanwhile;</li>
 * <li><b>steady state</b>: after warm-up events have all arrived and a settling batch (not counted), commit → consumer
 * poll of single-event transactions one every 20 ms (latency, not queueing);</li>
 * <li><b>restart</b>: relay stopped and started again (same JVM: classes loaded, JIT warm), measured like the
 * first start;</li>
 * <li><b>fail-over</b>: a second replica (own context, same schema) stands by; the leader's relay leadership is stopped
 * (its lock released at the end) and the time runs from the stop until the first event committed after it arrives,
 * published by the standby after its next leadership check.</li>
 * </ul>
 * The consumer reads from the earliest offset, so nothing published before it joined its group is missed.
 * Results: bench/results/relay-latency.md.
 */
class RelayLatencyBenchmark {

    static final String COMMAND = "flock /tmp/kajimaru-mvn.lock ./mvnw -B -ntp -o -Pbench -pl bench test "
            + "-Dtest=RelayLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false";
    static final int EVENTS = Integer.getInteger("bench.events", 300);
    static final int WARMUP = 20;
    static final int SETTLE = 50;
    static final long SPACING_MS = 20;
    static final Duration LEADER_CHECK = Duration.ofSeconds(1);

    /** One relay configuration; overrides go over the relay's own engine properties (an empty value removes one). */
    record Variant(String name, String relay, Duration poll, Map<String, String> overrides, String what) {
    }

    /** Debezium's own default batch size: the relay's setting before it took batches of one. */
    static final Map<String, String> BATCH_2048 = Map.of("max.batch.size", "2048");

    static final List<Variant> VARIANTS = List.of(
            new Variant("debezium", "debezium", Duration.ofSeconds(5), Map.of(),
                    "as the services run it now: max.batch.size=1, poll.interval.ms=5000, database.include.list and "
                            + "table.include.list = own schema / outbox, schema history of captured tables and databases "
                            + "only. Debezium's queue hands a batch over when it is full or the poll interval has passed: "
                            + "a batch of one leaves at once, and the engine wakes only every 5 s when nothing moves"),
            new Variant("debezium-poll10-batch2048", "debezium", Duration.ofMillis(10), BATCH_2048,
                    "as the services ran it before: poll.interval.ms=10, max.batch.size=2048 (Debezium's default), "
                            + "so every event waits out the 10 ms and the engine wakes 100 times a second"),
            new Variant("debezium-poll1-batch2048", "debezium", Duration.ofMillis(1), BATCH_2048,
                    "poll.interval.ms=1, max.batch.size=2048"),
            new Variant("debezium-poll50-batch2048", "debezium", Duration.ofMillis(50), BATCH_2048,
                    "poll.interval.ms=50, max.batch.size=2048"),
            new Variant("debezium-batch1-unscoped", "debezium", Duration.ofSeconds(5), Map.of(
                    "database.include.list", "",
                    "schema.history.internal.store.only.captured.tables.ddl", "false",
                    "schema.history.internal.store.only.captured.databases.ddl", "false"),
                    "as `debezium` without the scoping: no database.include.list, schema history of every table of "
                            + "every database on the server (only table.include.list = outbox)"),
            new Variant("polling", "polling", Duration.ofMillis(50), Map.of(), "polling relay, every 50 ms, batches of 200"));

    record Result(Variant variant, double firstStartMs, List<Double> steady, double restartMs, double failoverMs,
                  double leaderStopMs, double idleCpu, double baselineCpu, double burstPerSecond) {
    }

    static final Duration IDLE = Duration.ofSeconds(10);
    static final int BURST = 2000;
    static final int BURST_TX = 20;

    private final TestDatabase db = TestDatabase.get();
    private final String kafka = TestKafka.get().bootstrapServers();
    private final Map<String, Long> committedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();

    @Test
    void measureRelays() throws Exception {
        List<String> wanted = List.of(System.getProperty("bench.variants",
                String.join(",", VARIANTS.stream().map(Variant::name).toList())).split(","));
        AtomicBoolean running = new AtomicBoolean(true);
        Thread consumer = new Thread(() -> consume(running), "bench-consumer");
        consumer.start();
        List<Result> results = new ArrayList<>();
        try {
            // The first relay in a JVM pays for loading its classes: a throw-away round, reported as such.
            Variant first = VARIANTS.get(0);
            results.add(measure(new Variant(first.name() + " (first in the JVM)", first.relay(), first.poll(),
                    first.overrides(), "the same, run first: its start-up includes loading Debezium's classes")));
            for (Variant v : VARIANTS) {
                if (wanted.contains(v.name())) {
                    results.add(measure(v));
                }
            }
        } finally {
            running.set(false);
            consumer.join();
        }
        String report = report(results);
        Path out = Path.of(System.getProperty("user.dir")).resolve("results/relay-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private Result measure(Variant v) throws Exception {
        String url = db.createSchema("bench" + v.name());
        String lock = "bench.relay." + UUID.randomUUID();
        UUID household = UUID.randomUUID();
        try (ConfigurableApplicationContext a = app(url); ConfigurableApplicationContext b = app(url)) {
            Writer writer = new Writer(a, household);

            // First start: events every 20 ms from the moment the relay starts until one arrives.
            long started = System.nanoTime();
            RelayLeadership leaderA = new RelayLeadership(a.getBean(DataSource.class), relay(a, v, url), lock, LEADER_CHECK);
            leaderA.start();
            double firstStart = writer.writeUntilOneArrives(started);
            await().atMost(Duration.ofSeconds(30)).until(leaderA::isLeader);

            // Steady state: warm-up awaited, settling batch skipped, then the measured events.
            List<String> warm = writer.write(WARMUP);
            await().atMost(Duration.ofSeconds(60)).until(() -> receivedAt.keySet().containsAll(warm));
            writer.write(SETTLE);
            List<String> ids = writer.write(EVENTS);
            await().atMost(Duration.ofSeconds(120)).until(() -> receivedAt.keySet().containsAll(ids));
            List<Double> ms = new ArrayList<>();
            for (String id : ids) {
                ms.add((receivedAt.get(id) - committedAt.get(id)) / 1e6);
            }
            Collections.sort(ms);
            assertThat(ms).hasSize(EVENTS);
            double idleCpu = cpuWhileIdle();
            double burst = writer.burst();

            // Restart in the same JVM: one event written while the relay is down.
            leaderA.stop();
            long restarted = System.nanoTime();
            leaderA = new RelayLeadership(a.getBean(DataSource.class), relay(a, v, url), lock, LEADER_CHECK);
            leaderA.start();
            double restart = writer.writeUntilOneArrives(restarted);
            await().atMost(Duration.ofSeconds(30)).until(leaderA::isLeader);

            // Fail-over: B stands by (has checked at least once and lost); A stops; B takes over.
            Writer writerB = new Writer(b, household);
            RelayLeadership standby = new RelayLeadership(b.getBean(DataSource.class), relay(b, v, url), lock, LEADER_CHECK);
            standby.start();
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> standby.checkCount() >= 2);
                assertThat(standby.isLeader()).isFalse();
                long killed = System.nanoTime();
                leaderA.stop();
                double stopMs = (System.nanoTime() - killed) / 1e6;
                double failover = writerB.writeUntilOneArrives(killed);
                assertThat(standby.isLeader()).isTrue();
                standby.stop();
                return new Result(v, firstStart, ms, restart, failover, stopMs, idleCpu, cpuWhileIdle(), burst);
            } finally {
                standby.stop();
            }
        }
    }

    /** % of one core the whole benchmark JVM used over {@link #IDLE} while nothing was written. */
    private static double cpuWhileIdle() throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        Thread.sleep(IDLE.toMillis());
        return 100.0 * (os.getProcessCpuTime() - cpu) / (System.nanoTime() - wall);
    }

    private ConfigurableApplicationContext app(String url) {
        return new SpringApplicationBuilder(BenchApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.cloud.stream.kafka.binder.brokers=" + kafka,
                // The context's own relay does nothing; the benchmark runs the relays itself, under its own lock.
                "--kajimaru.outbox.relay=none",
                "--kajimaru.outbox.lock-name=bench.none." + UUID.randomUUID(),
                // The rotation-service jar on this module's classpath has migrations of its own.
                "--spring.flyway.locations=classpath:db/bench,classpath:db/messaging");
    }

    private OutboxRelay relay(ConfigurableApplicationContext app, Variant v, String url) {
        OutboxPublisher publisher = app.getBean(OutboxPublisher.class);
        if (v.relay().equals("polling")) {
            return new PollingOutboxRelay(app.getBean(OutboxRows.class), publisher, v.poll(), 200);
        }
        return new DebeziumOutboxRelay(BinlogSource.fromJdbcUrl(url, db.user(), db.password()),
                app.getBean(DataSource.class), publisher, "bench-outbox", v.poll(), v.overrides());
    }

    /** Writes one row and its event per transaction, noting the commit time of each event. */
    private final class Writer {
        private final OutboxWriter outbox;
        private final TransactionTemplate tx;
        private final JdbcTemplate jdbc;
        private final UUID household;

        Writer(ConfigurableApplicationContext app, UUID household) {
            this.outbox = app.getBean(OutboxWriter.class);
            this.tx = app.getBean(TransactionTemplate.class);
            this.jdbc = app.getBean(JdbcTemplate.class);
            this.household = household;
        }

        String writeOne() {
            return writeTx(1).get(0);
        }

        /** One transaction of {@code n} rows and their events. */
        List<String> writeTx(int n) {
            List<String> ids = tx.execute(s -> {
                List<String> written = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    UUID member = UUID.randomUUID();
                    jdbc.update("INSERT INTO bench_writes (id, household_id) VALUES (?, ?)", member.toString(),
                            household.toString());
                    written.add(outbox.publish(member.toString(), new MemberRemoved(household, member)).eventId().toString());
                }
                return written;
            });
            long now = System.nanoTime();
            ids.forEach(id -> committedAt.put(id, now));
            return ids;
        }

        /** Events per second from the first commit of a burst to the arrival of its last event. */
        double burst() {
            long start = System.nanoTime();
            List<String> ids = new ArrayList<>(BURST);
            for (int i = 0; i < BURST / BURST_TX; i++) {
                ids.addAll(writeTx(BURST_TX));
            }
            await().atMost(Duration.ofSeconds(300)).until(() -> receivedAt.keySet().containsAll(ids));
            long last = ids.stream().mapToLong(receivedAt::get).max().orElseThrow();
            return BURST / ((last - start) / 1e9);
        }

        List<String> write(int n) throws InterruptedException {
            List<String> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add(writeOne());
                Thread.sleep(SPACING_MS);
            }
            return ids;
        }

        /** Writes every 20 ms until one of these events has arrived; ms from {@code since} to that arrival. */
        double writeUntilOneArrives(long since) throws InterruptedException {
            List<String> ids = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                ids.add(writeOne());
                Thread.sleep(SPACING_MS);
                long first = ids.stream().map(receivedAt::get).filter(t -> t != null).mapToLong(Long::longValue)
                        .min().orElse(0);
                if (first != 0) {
                    return (first - since) / 1e6;
                }
            }
            throw new AssertionError("no event arrived within 120 s");
        }
    }

    private void consume(AtomicBoolean running) {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            c.subscribe(List.of(Topics.USER));
            while (running.get()) {
                c.poll(Duration.ofMillis(20)).forEach(r -> {
                    long now = System.nanoTime();
                    var id = r.headers().lastHeader(EventHeaders.EVENT_ID);
                    if (id != null) {
                        receivedAt.putIfAbsent(new String(id.value(), StandardCharsets.UTF_8), now);
                    }
                });
            }
        }
    }

    private String report(List<Result> results) {
        StringBuilder r = new StringBuilder("# Outbox relays: start-up, steady-state latency, fail-over\n\n")
                .append("Run ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; database: ").append(db.source()).append("; broker: in-process KRaft. Command: `")
                .append(COMMAND).append("` (add `-Dbench.variants=debezium,polling` for a subset).\n\n")
                .append("Steady state: ").append(EVENTS).append(" events per variant, one every ").append(SPACING_MS)
                .append(" ms, each its own transaction, after ").append(WARMUP).append(" warm-up events had all arrived and ")
                .append(SETTLE).append(" settling events (not counted); commit → plain consumer poll (earliest offsets).\n")
                .append("Start-up: relay start → first event arriving that was written since the start (events every ")
                .append(SPACING_MS).append(" ms). Fail-over: leader's relay leadership stopped → first event written since "
                        + "arrives, published by a standby replica on the same schema (which waits in GET_LOCK, "
                        + "leadership check interval ").append(LEADER_CHECK.toMillis()).append(" ms).\n")
                .append("Idle CPU: % of one core used by the whole benchmark JVM (in-process Kafka broker, two Spring "
                        + "contexts, the consumer) over ").append(IDLE.toSeconds()).append(" s with nothing written, "
                        + "with the relay running and, after it, with no relay at all (the difference is the relay's). "
                        + "Burst: ").append(BURST).append(" events committed as fast as one writer can, in transactions of ")
                .append(BURST_TX).append(", until the last arrives: what one relay publishes per second.\n\n")
                .append("| variant | first start ms | restart ms | fail-over ms (leader stop took) | n | p50 ms | p90 ms | p99 ms | max ms | idle CPU % (no relay) | burst events/s |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, String> notes = new LinkedHashMap<>();
        for (Result x : results) {
            List<Double> ms = x.steady();
            r.append(String.format("| %s | %.0f | %.0f | %.0f (%.0f) | %d | %.1f | %.1f | %.1f | %.1f | %.1f (%.1f) | %.0f |%n",
                    x.variant().name(), x.firstStartMs(), x.restartMs(), x.failoverMs(), x.leaderStopMs(), ms.size(),
                    pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.get(ms.size() - 1), x.idleCpu(), x.baselineCpu(),
                    x.burstPerSecond()));
            notes.put(x.variant().name(), x.variant().what());
        }
        r.append('\n');
        notes.forEach((k, v) -> r.append("- `").append(k).append("`: ").append(v).append('\n'));
        return r.toString();
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }
}
