package jp.kajimaru.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.messaging.outbox.OutboxWriter;
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
 * Commit → consume latency of both outbox relays, measured in one run on this machine: a transaction
 * writes a row and its event, commits, and a plain Kafka consumer notes when the record arrives.
 * Writes are spaced out so the figure is latency, not queueing. Results: bench/results/relay-latency.md.
 */
class RelayLatencyBenchmark {

    static final int EVENTS = Integer.getInteger("bench.events", 300);
    static final int WARMUP = 20;

    @Test
    void measureBothRelays() throws Exception {
        StringBuilder report = new StringBuilder("# Outbox relay latency (commit → consumer poll)\n\n")
                .append("Run ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; database: ").append(TestDatabase.get().source()).append("; broker: in-process KRaft.\n")
                .append(EVENTS).append(" events per relay after ").append(WARMUP)
                .append(" warm-up events, one every 20 ms, each its own transaction.\n\n")
                .append("| relay | n | median ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        for (String relay : System.getProperty("bench.relays", "debezium,polling").split(",")) {
            List<Double> ms = measure(relay);
            report.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", relay, ms.size(), pct(ms, 50),
                    pct(ms, 90), pct(ms, 99), ms.get(ms.size() - 1)));
        }
        report.append("\nPolling relay interval: 50 ms (default). Debezium poll.interval.ms: 10 (default here).\n");
        Path out = Path.of(System.getProperty("user.dir")).resolve("results/relay-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private List<Double> measure(String relay) throws Exception {
        TestDatabase db = TestDatabase.get();
        String kafka = TestKafka.get().bootstrapServers();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BenchApplication.class).run(
                "--spring.datasource.url=" + db.createSchema("bench" + relay),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.cloud.stream.kafka.binder.brokers=" + kafka,
                "--kajimaru.outbox.relay=" + relay,
                // The rotation-service jar on this module's classpath has migrations of its own.
                "--spring.flyway.locations=classpath:db/bench,classpath:db/messaging")) {
            OutboxWriter outbox = app.getBean(OutboxWriter.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> app.getBean(RelayLeadership.class).isLeader());

            UUID household = UUID.randomUUID();
            Map<String, Long> committedAt = new ConcurrentHashMap<>();
            Map<String, Long> receivedAt = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread consumer = new Thread(() -> consume(kafka, household, receivedAt, running), "bench-consumer");
            consumer.start();
            try {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < WARMUP + EVENTS; i++) {
                    UUID member = UUID.randomUUID();
                    String eventId = tx.execute(s -> {
                        jdbc.update("INSERT INTO bench_writes (id, household_id) VALUES (?, ?)", member.toString(),
                                household.toString());
                        return outbox.publish(member.toString(), new MemberRemoved(household, member)).eventId().toString();
                    });
                    committedAt.put(eventId, System.nanoTime());
                    if (i >= WARMUP) {
                        ids.add(eventId);
                    }
                    Thread.sleep(20);
                }
                await().atMost(Duration.ofSeconds(120)).until(() -> receivedAt.keySet().containsAll(ids));
                List<Double> ms = new ArrayList<>();
                for (String id : ids) {
                    ms.add((receivedAt.get(id) - committedAt.get(id)) / 1e6);
                }
                Collections.sort(ms);
                assertThat(ms).hasSize(EVENTS);
                return ms;
            } finally {
                running.set(false);
                consumer.join();
            }
        }
    }

    private static void consume(String kafka, UUID household, Map<String, Long> receivedAt, AtomicBoolean running) {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            c.subscribe(List.of(Topics.USER));
            while (running.get()) {
                c.poll(Duration.ofMillis(20)).forEach(r -> {
                    long now = System.nanoTime();
                    var h = r.headers().lastHeader(EventHeaders.HOUSEHOLD_ID);
                    if (h != null && household.toString().equals(new String(h.value(), StandardCharsets.UTF_8))) {
                        receivedAt.putIfAbsent(new String(r.headers().lastHeader(EventHeaders.EVENT_ID).value(),
                                StandardCharsets.UTF_8), now);
                    }
                });
            }
        }
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }

}
