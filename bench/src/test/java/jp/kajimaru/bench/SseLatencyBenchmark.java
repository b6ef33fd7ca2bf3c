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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.messaging.relay.RelayLeadership;
import jp.kajimaru.notification.NotificationServiceApplication;
import jp.kajimaru.testsupport.TestDatabase;
import jp.kajimaru.testsupport.TestKafka;
import jp.kajimaru.testsupport.TestTokens;
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
 * one run; warm-up events are awaited and 50 more skipped before the measured ones. Results: bench/results/sse-latency.md.
 */
class SseLatencyBenchmark {

    static final int EVENTS = Integer.getInteger("bench.events", 300);
    static final int WARMUP = 20;
    static final int SKIPPED = 50;
    static final Pattern CHORE = Pattern.compile("sse-(\\d+)-(\\w+)");
    static final Path NOTIFICATION_SERVICE = Path.of(System.getProperty("user.dir")).resolve("../notification-service")
            .normalize();

    @Test
    void measureCommitToStream() throws Exception {
        TestDatabase db = TestDatabase.get();
        String kafka = TestKafka.get().bootstrapServers();
        StringBuilder report = new StringBuilder("# TaskAssigned commit → message on an open SSE stream\n\n")
                .append("Run ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; database: ").append(db.source()).append("; broker: in-process KRaft.\n")
                .append(EVENTS).append(" measured events per relay (after ").append(WARMUP).append(" awaited warm-up and ")
                .append(SKIPPED).append(" skipped events), one every 20 ms, each its own transaction.\n\n")
                .append("| relay | n | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        try (TestTokens tokens = TestTokens.start();
             ConfigurableApplicationContext notifications = notificationService(db, kafka, tokens)) {
            int port = Integer.parseInt(notifications.getEnvironment().getProperty("local.server.port"));
            java.time.Clock serviceClock = notifications.getBean(java.time.Clock.class);
            for (String relay : System.getProperty("bench.relays", "debezium,polling").split(",")) {
                // The test issuer stamps tokens by the shared test clock: here it must be the service's own time.
                jp.kajimaru.testsupport.TestClock.shared().set(serviceClock.instant());
                List<Double> ms = measure(relay, db, kafka, tokens, port);
                report.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", relay, ms.size(), pct(ms, 50),
                        pct(ms, 90), pct(ms, 99), ms.get(ms.size() - 1)));
            }
        }
        report.append("""

                Path: outbox row committed → relay → Kafka (kajimaru.rotation.events) → notification-service's consumer \
                (inbox dedupe, message, deliveries planned) → in-app delivery right after that commit → the stream's \
                push → the line read by a java.net.http client on loopback. Straight to notification-service (no gateway \
                in between); Debezium poll.interval.ms 10, polling relay interval 50 ms (defaults here).
                Command: `KAJIMARU_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/ ./mvnw -B -ntp -o -Pbench -pl bench test \
                -Dtest=SseLatencyBenchmark` (after `./mvnw -o install -DskipTests -pl platform/events,notification-service`).
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
            Thread reader = new Thread(() -> stream.body().forEach(line -> {
                long now = System.nanoTime();
                if (line.startsWith("data:")) {
                    Matcher m = CHORE.matcher(line);
                    if (m.find() && m.group(2).equals(run)) {
                        shownAt.putIfAbsent(Integer.parseInt(m.group(1)), now);
                    }
                }
            }), "sse-reader-" + relay);
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
                Collections.sort(ms);
                assertThat(ms).hasSize(EVENTS);
                return ms;
            } finally {
                stream.body().close();
            }
        }
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }
}
