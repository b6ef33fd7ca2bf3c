package jp.kajimaru.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.messaging.testapp.TestRecords;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static jp.kajimaru.testsupport.KafkaTestConsumer.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer side over a real broker: exactly-once effects, retries then dead letters, and no stall. */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "kajimaru.outbox.relay=none")
@RealInfrastructure
class InboxConsumerTest {

    static final String TOPIC = "kajimaru.inboxtest.events";
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired JdbcTemplate jdbc;
    @Autowired EventJson json;
    @Autowired MessagingTestApplication.Attempts attempts;

    private final KafkaProducer<byte[], byte[]> producer = TestRecords.producer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        UUID household = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        send(record(eventId, household, "MemberJoined", "1", joined(household, "twice")));
        send(record(eventId, household, "MemberJoined", "1", joined(household, "twice")));
        UUID marker = UUID.randomUUID();
        send(record(marker, household, "MemberJoined", "1", joined(household, "after")));

        await().atMost(WAIT).until(() -> effects(marker) == 1);
        assertThat(effects(eventId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_id = ?", Integer.class, eventId.toString()))
                .isEqualTo(1);
    }

    @Test
    void aHandlerThatAlwaysFailsSendsTheEventToTheDeadLetterTopicAndLaterEventsStillFlow() throws Exception {
        UUID household = UUID.randomUUID();
        UUID poison = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        try (KafkaTestConsumer dlq = new KafkaTestConsumer(Topics.dlq(TOPIC))) {
            send(record(poison, household, "MemberJoined", "1", joined(household, MessagingTestApplication.POISON)));
            send(record(later, household, "MemberJoined", "1", joined(household, "later")));

            assertThat(dlq.awaitRecords(r -> poison.toString().equals(header(r, EventHeaders.EVENT_ID)), 1, WAIT)).hasSize(1);
            await().atMost(WAIT).until(() -> effects(later) == 1);
            // The failed attempts rolled back their effect and their inbox row.
            assertThat(effects(poison)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_id = ?", Integer.class,
                    poison.toString())).isZero();
        }
    }

    @Test
    void anUnreachableDatabaseIsWaitedOutInsteadOfDeadLetteringTheEvent() throws Exception {
        UUID household = UUID.randomUUID();
        UUID caught = UUID.randomUUID();
        send(record(caught, household, "MemberJoined", "1", joined(household, MessagingTestApplication.DATABASE_AWAY)));

        // More failures than the binder's three attempts: before, the event went to the dead-letter topic.
        await().atMost(WAIT).until(() -> effects(caught) == 1);
        assertThat(attempts.of(caught)).isEqualTo(MessagingTestApplication.DATABASE_AWAY_ATTEMPTS + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_id = ?", Integer.class, caught.toString()))
                .isEqualTo(1);
    }

    @Test
    void anEventOfUnknownTypeOrVersionIsDeadLetteredAndTheConsumerKeepsGoing() throws Exception {
        UUID household = UUID.randomUUID();
        UUID unknownType = UUID.randomUUID();
        UUID unknownVersion = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        try (KafkaTestConsumer dlq = new KafkaTestConsumer(Topics.dlq(TOPIC))) {
            send(record(unknownType, household, "ChoreExploded", "1", "{}".getBytes(StandardCharsets.UTF_8)));
            send(record(unknownVersion, household, "MemberJoined", "99", joined(household, "from the future")));
            send(record(later, household, "MemberJoined", "1", joined(household, "still flowing")));

            dlq.awaitRecords(r -> unknownType.toString().equals(header(r, EventHeaders.EVENT_ID))
                    || unknownVersion.toString().equals(header(r, EventHeaders.EVENT_ID)), 2, WAIT);
            await().atMost(WAIT).until(() -> effects(later) == 1);
        }
    }

    @Test
    void aPayloadThatDoesNotMatchItsContractIsDeadLettered() throws Exception {
        UUID household = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        try (KafkaTestConsumer dlq = new KafkaTestConsumer(Topics.dlq(TOPIC))) {
            send(record(broken, household, "MemberJoined", "1", "{not json".getBytes(StandardCharsets.UTF_8)));
            assertThat(dlq.awaitRecords(r -> broken.toString().equals(header(r, EventHeaders.EVENT_ID)), 1, WAIT)).hasSize(1);
        }
    }

    private int effects(UUID eventId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM effects WHERE event_id = ?", Integer.class, eventId.toString());
    }

    private byte[] joined(UUID household, String name) {
        return json.write(new MemberJoined(household, UUID.randomUUID(), name, null, MemberRole.MEMBER, false, "default",
                "#000000"));
    }

    private void send(ProducerRecord<byte[], byte[]> record) throws Exception {
        producer.send(record).get();
    }

    private static ProducerRecord<byte[], byte[]> record(UUID eventId, UUID household, String type, String version,
                                                         byte[] payload) {
        return TestRecords.record(TOPIC, eventId, household, type, version, payload);
    }
}
