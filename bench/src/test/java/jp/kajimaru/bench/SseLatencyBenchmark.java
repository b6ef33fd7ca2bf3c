package jp.kajimaru.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kajimaru.events.Topics;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.messaging.relay.RelayLeadership;
import jp.kajimaru.notification.NotificationServiceApplication;
import jp.kajimaru.testsupport.TestDatabase;
import jp.kajimaru.testsupport.TestKafka;
import jp.kajimaru.testsupport.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Commit of TaskAssigned → the message visible on an open Server-Sent Events stream: a transaction writes the event to
 * its outbox (as rotation-service does) and commits; the relay publishes it to Kafka; notification-service (the real
 * application, its own schema) consumes it, writes the message, lists it in the inbox (the in-app channel) and pushes it
 * to the assignee's open stream, where an HTTP client notes when the event's line arrives. Measured for both relays in
 * one run, after a first round (reported apart) on the freshly started service; warm-up events are awaited and 50 more
 * skipped before the measured ones. Results: bench/results/sse-latency.md.
 */
class SseLatencyBenchmark {

    static final int EVENTS = Integer.getInteger("bench.events", 300);
    static final int WARMUP = 20;
    static final int SKIPPED = 50;
    static final Pattern CHORE = Pattern.compile("sse-(\\d+)-(\\w+)");
    /** notification-service's consumer group and the topics it reads (its application.yml). */
    static final String GROUP = "notification-service";
    static final Set<String> CONSUMED = Set.of(Topics.USER, Topics.ROTATION, Topics.INVENTORY, Topics.SHOPPING,
            Topics.WEATHER);
    static final Path NOTIFICATION_SERVICE = Path.of(System.getProperty("user.dir")).resolve("../notification-service")
            .normalize();

    @Test
    void measureCommitToStream() throws Exception {
        TestDatabase db = TestDatabase.get();
        String kafka = TestKafka.get().bootstrapServers();
        StringBuilder report = new StringBuilder("# TaskAssigned commit → message on an open SSE stream\n\n")
                .append("Run ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; database: ").append(db.source()).append("; broker: in-process KRaft; load average ")
                .append(loadAverage()).append(" at the start (1/5/15 min).\n")
                .append(EVENTS).append(" measured events per relay (after ").append(WARMUP).append(" awaited warm-up and ")
                .append(SKIPPED).append(" skipped events), one every 20 ms, each its own transaction.\n\n")
                .append("| relay | n | min ms | p50 ms | p90 ms | p99 ms | max ms | p50 of the first / last 100 ms |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        try (TestTokens tokens = TestTokens.start();
             ConfigurableApplicationContext notifications = notificationService(db, kafka, tokens)) {
            int port = Integer.parseInt(notifications.getEnvironment().getProperty("local.server.port"));
            java.time.Clock serviceClock = notifications.getBean(java.time.Clock.class);
            List<String> relays = List.of(System.getProperty("bench.relays", "debezium,polling").split(","));
            // The first round runs on a freshly started notification-service (its TaskAssigned path not compiled by the
            // JIT yet): reported on its own, then every relay is measured on the warm service.
            List<String> rounds = new ArrayList<>(List.of(relays.get(0) + " (first round)"));
            rounds.addAll(relays);
            for (String round : rounds) {
                String relay = round.split(" ")[0];
                // A new consumer group reads its topics from the start: the relay benchmark's events (thousands
                // of MemberRemoved when it ran first in this JVM) must be behind the service before anything is timed.
                awaitCaughtUp(kafka);
                // The test issuer stamps tokens by the shared test clock: here it must be the service's own time.
                jp.kajimaru.testsupport.TestClock.shared().set(serviceClock.instant());
                List<Double> inCommitOrder = measure(relay, db, kafka, tokens, port);
                List<Double> ms = new ArrayList<>(inCommitOrder);
                Collections.sort(ms);
                report.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f |%n", round,
                        ms.size(), ms.get(0), pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.get(ms.size() - 1),
                        median(inCommitOrder.subList(0, Math.min(100, ms.size()))),
                        median(inCommitOrder.subList(Math.max(0, ms.size() - 100), ms.size()))));
            }
        }
        report.append("\nLoad average at the end: ").append(loadAverage()).append(".\n").append("""

                Path: outbox row committed → relay → Kafka (kajimaru.rotation.events) → notification-service's consumer \
                (inbox dedupe, message, deliveries planned) → in-app delivery right after that commit → the stream's \
                push → the line read by a java.net.http client on loopback. Straight to notification-service (no gateway \
                in between). The first row is a first round on the freshly started service (its TaskAssigned path not \
                yet compiled by the JIT), the others are measured after it. Before each round the service's consumer \
                group has caught up with everything on its topics (the relay benchmark, run first, leaves thousands of \
                MemberRemoved there). The last column shows a queue building up during the measured events (last 100 \
                above the first 100). Relays as the services run them (kajimaru.outbox defaults): Debezium with \
                poll.interval.ms 5000 and max.batch.size 1, the polling relay every 50 ms in batches of 200.
                Command (from the repository root, after `flock /tmp/kajimaru-mvn.lock ./mvnw -B -ntp -o -Pbench install \
                -DskipTests -pl bench -am`): `KAJIMARU_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/ \
                flock /tmp/kajimaru-mvn.lock ./mvnw -B -ntp -o -Pbench -pl bench test \
                -Dtest=RelayLatencyBenchmark,SseLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false` (the relay \
                benchmark writes relay-latency.md in the same run; `-Dtest=SseLatencyBenchmark` for this one alone).
                """);
        Path out = Path.of(System.getProperty("user.dir")).resolve("results/sse-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static ConfigurableApplicationContext notificationService(TestDatabase db, String kafka, TestTokens tokens) {
        // The bench module's own application.yml shadows the service's on the classpath: read the service's from its module.
        return new SpringApplicationBuilder(NotificationServiceApplication.class).run(
                "--spring.config.additional-location=file:" + NOTIFICATION_SERVICE.resolve("src/main/resources/application.yml"),
                "--spring.main.web-application-type=servlet",
                "--server.port=0",
                "--spring.datasource.url=" + db.createSchema("benchnotif"),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.cloud.stream.kafka.binder.brokers=" + kafka,
                "--kajimaru.security.jwks-uri=" + tokens.jwksUri(),
                // It publishes nothing: the cheaper relay keeps the second CDC engine off the two cores.
                "--kajimaru.outbox.relay=polling",
                // rotation-service's migrations are on this module's classpath too.
                "--spring.flyway.locations=filesystem:" + NOTIFICATION_SERVICE.resolve("src/main/resources/db/migration")
                        + ",classpath:db/messaging",
                "--logging.level.root=WARN");
    }

    private List<Double> measure(String relay, TestDatabase db, String kafka, TestTokens tokens, int port) throws Exception {
        try (ConfigurableApplicationContext rotation = new SpringApplicationBuilder(BenchApplication.class).run(
                "--spring.datasource.url=" + db.createSchema("benchsse" + relay),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.cloud.stream.kafka.binder.brokers=" + kafka,
                "--kajimaru.outbox.relay=" + relay,
                "--spring.flyway.locations=classpath:db/bench,classpath:db/messaging")) {
            OutboxWriter outbox = rotation.getBean(OutboxWriter.class);
            TransactionTemplate tx = rotation.getBean(TransactionTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> rotation.getBean(RelayLeadership.class).isLeader());

            UUID household = UUID.randomUUID();
            UUID member = UUID.randomUUID();
            String run = relay;
            Map<Integer, Long> committedAt = new ConcurrentHashMap<>();
            Map<Integer, Long> shownAt = new ConcurrentHashMap<>();
            HttpResponse<java.util.stream.Stream<String>> stream = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications/stream"))
                            .header("Authorization", "Bearer " + tokens.token(household, member, "MEMBER"))
                            .header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.statusCode()).isEqualTo(200);
            Thread reader = new Thread(() -> {
                try {
                    stream.body().forEach(line -> {
                        long now = System.nanoTime();
                        if (line.startsWith("data:")) {
                            Matcher m = CHORE.matcher(line);
                            if (m.find() && m.group(2).equals(run)) {
                                shownAt.putIfAbsent(Integer.parseInt(m.group(1)), now);
                            }
                        }
                    });
                } catch (java.io.UncheckedIOException closedAtTheEnd) {
                    // The measurement closes the stream when it is done.
                }
            }, "sse-reader-" + relay);
            reader.setDaemon(true);
            reader.start();
            try {
                // The household has no replica yet: Tokyo defaults; "today" by the clock the outbox stamps events with.
                LocalDate today = LocalDate.now(rotation.getBeanProvider(java.time.Clock.class)
                        .getIfAvailable(java.time.Clock::systemUTC).withZone(ZoneId.of("Asia/Tokyo")));
                int total = WARMUP + SKIPPED + EVENTS;
                for (int i = 0; i < total; i++) {
                    if (i == WARMUP) {
                        await().atMost(Duration.ofSeconds(120)).until(() -> shownAt.size() >= WARMUP);
                    }
                    int n = i;
                    tx.executeWithoutResult(s -> outbox.publish(UUID.randomUUID().toString(), new TaskAssigned(household,
                            UUID.randomUUID(), UUID.randomUUID(), "sse-" + n + "-" + run, today, null, 1, member)));
                    committedAt.put(n, System.nanoTime());
                    Thread.sleep(20);
                }
                await().atMost(Duration.ofSeconds(120)).until(() -> shownAt.size() >= total);
                List<Double> ms = new ArrayList<>();
                for (int i = WARMUP + SKIPPED; i < total; i++) {
                    ms.add((shownAt.get(i) - committedAt.get(i)) / 1e6);
                }
                assertThat(ms).hasSize(EVENTS);
                return ms;
            } finally {
                stream.body().close();
            }
        }
    }

    /** The machine's 1/5/15-minute load average (Linux), to tell a quiet run from one sharing the cores. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Waits until notification-service's consumer group has committed every record on the topics it reads. */
    private static void awaitCaughtUp(String kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> lag(admin) == 0);
        }
    }

    private static long lag(Admin admin) throws Exception {
        List<String> topics = admin.listTopics().names().get().stream().filter(CONSUMED::contains).toList();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().values().forEach(t -> t.partitions().forEach(
                p -> latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
        }
        return lag;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return pct(sorted, 50);
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }
}
