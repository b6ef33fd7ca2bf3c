package jp.kajimaru.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kajimaru.launcher.ServiceSpec;
import jp.kajimaru.testsupport.TestApi;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poison-event fault (issue #15) on the running stack: a MaintenanceDue with a valid envelope but without its
 * due date (an inventory bug) is put on {@code kajimaru.inventory.events} for a real household. rotation-service's
 * handler rejects it, and so does notification-service's (it words the due date for the admins): three attempts each,
 * then a dead letter per consumer group in {@code kajimaru.inventory.events.dlq}, while the next MaintenanceDue of the
 * same household (same key, same partition) is applied by both. rotation's {@code /actuator/deadletters} lists them;
 * the operator's {@code ./kajimaru dlq list} and {@code ./kajimaru dlq replay} run as they would by hand: the replay is
 * sent once (the handlers still reject it, so it comes back as new dead letters and is applied nowhere), a second
 * replay of the same dead letter is refused. The dead letters are operator WARNs, not ERROR lines ({@link RunningStack}
 * fails the suite on those; ADR 0012).
 */
class PoisonEventIT {

    static final String TOPIC = "kajimaru.inventory.events";
    static final ServiceSpec ROTATION = ServiceSpec.BACKENDS.stream().filter(s -> s.module().equals("rotation-service"))
            .findFirst().orElseThrow();
    static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aPoisonEventIsDeadLetteredThePartitionMovesOnAndTheOperatorSeesAndReplaysItOnce() throws Exception {
        ZipkinServer.ensureRunning(); // the stack exports spans there; without it each service warns that it drops them
        RunningStack.get();
        long t0 = System.nanoTime();
        TestApi admin = StackSignUp.admin("poison", "Hana", "Poisoned");
        TestApi.Reply current = admin.get("/api/households/current");
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        String household = current.json().get("id").asString();
        try (Connection db = DriverManager.getConnection("jdbc:mariadb://" + RunningStack.databaseAddress() + "/?user=root")) {
            // Both consumers of MaintenanceDue know the household and its admin before the poison comes.
            List<String> userEvents = strings(db, "SELECT event_id FROM kajimaru_user.outbox WHERE household_id = ?", household);
            assertThat(userEvents).isNotEmpty();
            await().atMost(WAIT).until(() -> applied(db, "kajimaru_rotation", userEvents) == userEvents.size()
                    && applied(db, "kajimaru_notification", userEvents) == userEvents.size());

            UUID poison = UUID.randomUUID();
            UUID next = UUID.randomUUID();
            UUID nextTask = UUID.randomUUID();
            long sent = System.nanoTime();
            RecordMetadata poisonAt;
            RecordMetadata nextAt;
            try (KafkaProducer<byte[], byte[]> producer = producer()) {
                poisonAt = producer.send(maintenanceDue(household, poison, UUID.randomUUID(), null)).get(30, TimeUnit.SECONDS);
                nextAt = producer.send(maintenanceDue(household, next, nextTask, "\"2026-12-03\"")).get(30, TimeUnit.SECONDS);
            }
            assertThat(nextAt.partition()).as("same household, same partition").isEqualTo(poisonAt.partition());

            // The partition moves on: the next event is applied (its task exists) although the poison one came first.
            await().atMost(WAIT).until(() -> count(db, "SELECT COUNT(*) FROM kajimaru_rotation.tasks WHERE household_id = ?"
                    + " AND external_ref = ?", household, nextTask.toString()) == 1);
            double movedOn = (System.nanoTime() - sent) / 1e9;
            // rotation and notification both reject it (notification cannot word a missing due date for the admins;
            // shopping ignores MaintenanceDue): each consumer group's binder writes its own dead letter, both to the one
            // kajimaru.inventory.events.dlq, so each service's /actuator/deadletters lists both.
            List<JsonNode> letters = await().atMost(WAIT).until(() -> deadLetters(ROTATION, poison), l -> l.size() == 2);
            double deadLettered = (System.nanoTime() - sent) / 1e9;
            for (JsonNode letter : letters) {
                assertThat(letter.get("topic").asString()).isEqualTo(TOPIC);
                assertThat(letter.get("deadLetterTopic").asString()).isEqualTo(TOPIC + ".dlq");
                assertThat(letter.get("eventType").asString()).isEqualTo("MaintenanceDue");
                assertThat(letter.get("householdId").asString()).isEqualTo(household);
                assertThat(letter.get("exception").asString()).isNotBlank();
                assertThat(letter.get("replayed").asBoolean()).isFalse();
            }
            System.out.println("[poison-event] dead letters: " + letters);
            assertThat(ids(await().atMost(WAIT).until(() -> deadLetters(ServiceSpec.NOTIFICATION, poison), l -> l.size() == 2)))
                    .isEqualTo(ids(letters));
            assertThat(applied(db, "kajimaru_rotation", List.of(poison.toString()))).isZero();
            assertThat(applied(db, "kajimaru_notification", List.of(poison.toString()))).isZero();
            String id = letters.get(0).get("id").asString();

            // The operator, as by hand.
            Run list = kajimaru("dlq", "list", "rotation");
            assertThat(list.exit()).as(list.output()).isZero();
            assertThat(list.output()).contains(poison.toString(), "\"id\":\"" + id + "\"", "HTTP 200");
            Run replay = kajimaru("dlq", "replay", "rotation", TOPIC, id);
            assertThat(replay.exit()).as(replay.output()).isZero();
            assertThat(replay.output()).contains("REPLAYED", "HTTP 200");
            Run again = kajimaru("dlq", "replay", "rotation", TOPIC, id);
            assertThat(again.exit()).as(again.output()).isNotZero();
            assertThat(again.output()).contains("ALREADY_REPLAYED", "HTTP 409");

            // Replayed before a fix: back on the topic for every consumer group, rejected again by both, so two more
            // dead letters under new offsets; only the replayed one is marked so (in rotation, which replayed it).
            List<JsonNode> after = await().atMost(WAIT).until(() -> deadLetters(ROTATION, poison), l -> l.size() == 4);
            assertThat(after).filteredOn(l -> l.get("replayed").asBoolean()).extracting(l -> l.get("id").asString())
                    .containsExactly(id);
            System.out.println("[poison-event] notification's view after rotation's replay: "
                    + deadLetters(ServiceSpec.NOTIFICATION, poison));

            // Counted from the schemas: the next event once in each consumer, the poison nowhere, nothing twice.
            List<String> both = List.of(poison.toString(), next.toString());
            long rotationApplied = applied(db, "kajimaru_rotation", both);
            long notificationApplied = applied(db, "kajimaru_notification", both);
            long rotationRows = count(db, "SELECT COUNT(*) FROM kajimaru_rotation.inbox WHERE event_id IN (?, ?)", both.toArray());
            long notificationRows = count(db, "SELECT COUNT(*) FROM kajimaru_notification.inbox WHERE event_id IN (?, ?)",
                    both.toArray());
            long tasks = count(db, "SELECT COUNT(*) FROM kajimaru_rotation.tasks WHERE household_id = ? AND external_ref = ?",
                    household, nextTask.toString());
            System.out.printf("[poison-event] sent 2 (1 poison, 1 next on partition %d); dead letters of the poison in the .dlq"
                            + " %d (after one replay), applied rotation %d (rows %d), notification %d (rows %d), next's tasks %d;"
                            + " next applied %.1f s after sending, poison listed %.1f s; whole test %.1f s%n",
                    poisonAt.partition(), after.size(), rotationApplied, rotationRows, notificationApplied, notificationRows,
                    tasks, movedOn, deadLettered, (System.nanoTime() - t0) / 1e9);
            assertThat(rotationApplied).as("rotation: the next event, not the poison").isEqualTo(1);
            assertThat(notificationApplied).as("notification: the next event, not the poison").isEqualTo(1);
            assertThat(rotationRows).as("applied twice in rotation").isEqualTo(rotationApplied);
            assertThat(notificationRows).as("applied twice in notification").isEqualTo(notificationApplied);
            assertThat(tasks).as("one task for the next event's cycle").isEqualTo(1);
            // Each rejection is one operator WARN naming the event and where it was read from.
            String rotationLog = new String(Files.readAllBytes(RunningStack.LOGS.resolve("rotation-service.log")),
                    StandardCharsets.UTF_8);
            assertThat(rotationLog.lines().filter(l -> l.contains("Dead-lettered MaintenanceDue " + poison)))
                    .as("rotation's dead-letter WARNs (the poison, then its replay)").hasSize(2)
                    .allMatch(l -> l.contains(" WARN ") && l.contains(TOPIC + ".dlq"))
                    .anyMatch(l -> l.contains("from " + TOPIC + " " + poisonAt.partition() + "-" + poisonAt.offset() + " "));
            // The dead letters were logged as operator WARNs, not as ERROR lines (which fail the suite; ADR 0012).
            assertThat(RunningStack.serviceErrors()).as("ERROR lines about the dead letters")
                    .noneMatch(l -> l.contains(poison.toString()) || l.contains("LoggingHandler") || l.contains(TOPIC));
        }
    }

    /** A MaintenanceDue as inventory's relay sends it (key = household, envelope in headers); dueDate as JSON or null. */
    private static ProducerRecord<byte[], byte[]> maintenanceDue(String household, UUID eventId, UUID taskId, String dueDate) {
        String payload = "{\"householdId\":\"" + household + "\",\"maintenanceTaskId\":\"" + taskId + "\",\"equipmentId\":\""
                + UUID.randomUUID() + "\",\"equipmentName\":\"エアコン\",\"taskName\":\"フィルター掃除\",\"dueDate\":" + dueDate
                + ",\"weight\":2}";
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(TOPIC, household.getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8));
        Map.of("eventId", eventId.toString(), "eventType", "MaintenanceDue", "eventVersion", "1",
                        "occurredAt", "2026-11-30T00:00:00Z", "householdId", household, "aggregateType", "maintenance-task",
                        "aggregateId", taskId.toString())
                .forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    /** The embedded broker's address, as the launcher printed it ("  Kafka       127.0.0.1:port  embedded, ..."). */
    private static String kafkaBootstrap() {
        Pattern kafka = Pattern.compile("^\\s*Kafka\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+:\\d+)\\s");
        try {
            return RunningStack.get().output().stream().map(kafka::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("the launcher printed no Kafka address"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(List<JsonNode> letters) {
        return letters.stream().map(l -> l.get("id").asString()).sorted().toList();
    }

    /** The dead letters of this event that the service's {@code /actuator/deadletters} lists (from this host). */
    private static List<JsonNode> deadLetters(ServiceSpec service, UUID eventId) {
        TestApi.Reply r = TestApi.at(service.baseUrl()).get("/actuator/deadletters");
        assertThat(r.status()).as("%s /actuator/deadletters: %s", service.module(), r.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        r.json().get("deadLetters").forEach(l -> {
            if (eventId.toString().equals(l.path("eventId").asString(""))) {
                found.add(l);
            }
        });
        return found;
    }

    record Run(int exit, String output) {
    }

    /** {@code ./kajimaru <args>} in the repository, as an operator types it. */
    private static Run kajimaru(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "kajimaru"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(RunningStack.REPO.toFile()).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("./kajimaru %s ended", String.join(" ", args)).isTrue();
        String output = out.toString(StandardCharsets.UTF_8);
        System.out.printf("[poison-event] $ ./kajimaru %s -> exit %d%n%s%n", String.join(" ", args), p.exitValue(), output);
        return new Run(p.exitValue(), output);
    }

    private static long applied(Connection db, String schema, List<String> eventIds) throws Exception {
        if (eventIds.isEmpty()) {
            return 0;
        }
        String marks = String.join(",", Collections.nCopies(eventIds.size(), "?"));
        return count(db, "SELECT COUNT(DISTINCT event_id) FROM " + schema + ".inbox WHERE event_id IN (" + marks + ")",
                eventIds.toArray());
    }

    private static long count(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement s = statement(db, sql, args); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql, Object... args) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = statement(db, sql, args); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static PreparedStatement statement(Connection db, String sql, Object... args) throws Exception {
        PreparedStatement s = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
