package jp.kajimaru.notification.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.events.Topics;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.notification.support.NotificationApiTest;
import jp.kajimaru.testsupport.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through the real broker: events written to an outbox the way user- and rotation-service write them cross the relay
 * and the topics into the inbox; the same Kafka record delivered twice makes one message; the periodic sender sends
 * the evening reminder when the pinned clock reaches 21:00 in Tokyo.
 */
class KafkaFlowTest extends NotificationApiTest {

    @Autowired OutboxWriter outbox;
    @Autowired TransactionTemplate tx;

    @Test
    void eventsOverKafkaReachTheInboxOnceAndTheReminderGoesOutAtNine() throws Exception {
        UUID household = UUID.randomUUID();
        Person ken = Person.of("健", MemberRole.MEMBER);
        Person hana = Person.of("花子", MemberRole.ADMIN);
        UUID task = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            outbox.publish(household.toString(), new HouseholdCreated(household, "Tanaka", "Asia/Tokyo", "ja",
                    new Location("東京", 35.6895, 139.69171), RotationUnit.WEEKLY, false, 15, hana.id()));
            outbox.publish(hana.id().toString(), new MemberJoined(household, hana.id(), hana.name(), null, MemberRole.ADMIN, true, "default", "#000000"));
            outbox.publish(ken.id().toString(), new MemberJoined(household, ken.id(), ken.name(), null, MemberRole.MEMBER, true, "default", "#000000"));
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM members WHERE household_id = ?", Integer.class, household.toString()) == 2);
        tx.executeWithoutResult(s -> outbox.publish(task.toString(), new TaskAssigned(household, task, UUID.randomUUID(), "ゴミ出し",
                LocalDate.of(2026, 12, 1), null, 1, ken.id())));

        // A task for tomorrow is told at once.
        await().atMost(Duration.ofSeconds(30)).until(() -> count(ken.id()) == 1);
        assertThat(json(call("GET", "/api/notifications", token(household, ken), null)).get("items").get(0).get("title").asString())
                .isEqualTo("新しい当番：ゴミ出し");

        // The same record twice on the topic (a producer retry, a rebalance): one message. A marker after it on the
        // same partition shows both copies were consumed.
        Message<byte[]> overdue = record(UUID.randomUUID(), task.toString(), new TaskOverdue(household, task, UUID.randomUUID(),
                "ゴミ出し", LocalDate.of(2026, 11, 30), null, ken.id()));
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            send(producer, overdue);
            send(producer, overdue);
            send(producer, record(new TaskOverdue(household, UUID.randomUUID(), UUID.randomUUID(), "目印", LocalDate.of(2026, 11, 30),
                    null, hana.id())));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(hana.id()) == 1);
        assertThat(messages(ken.id())).extracting(m -> m.get("kind")).containsExactly("TASK_OVERDUE", "TASK_ASSIGNED");

        // The sender runs on its own every 200 ms; at 21:00 Tokyo on the 30th the evening reminder goes out.
        clock().setLocal(LocalDateTime.of(2026, 11, 30, 21, 0), TOKYO);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(ken.id()) == 3);
        assertThat(messages(ken.id()).get(0)).containsEntry("kind", "REMINDER_EVENING");
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, Message<byte[]> message) throws Exception {
        String household = new String((byte[]) message.getHeaders().get("householdId"), StandardCharsets.UTF_8);
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.ROTATION, household.getBytes(StandardCharsets.UTF_8),
                message.getPayload());
        for (String name : List.of("eventId", "eventType", "eventVersion", "occurredAt", "householdId", "aggregateType", "aggregateId")) {
            record.headers().add(name, (byte[]) message.getHeaders().get(name));
        }
        producer.send(record).get();
    }
}
