package jp.kajimaru.messaging.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.messaging.testapp.Note;
import jp.kajimaru.messaging.testapp.NoteRepository;
import jp.kajimaru.messaging.testapp.NoteService;
import jp.kajimaru.testsupport.TestClock;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import static jp.kajimaru.testsupport.KafkaTestConsumer.header;
import static jp.kajimaru.testsupport.KafkaTestConsumer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What every outbox relay must do, run against a real database and a real broker. Each relay kind
 * has a subclass; both must pass the same tests.
 */
abstract class OutboxRelayContract {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired NoteService notes;
    @Autowired RelayLeadership leadership;
    @Autowired JdbcTemplate jdbc;
    @Autowired NoteRepository noteRepository;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired TestClock clock;
    @Autowired EventJson json;

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    /** A second, independent relay instance of the same kind on the same database (another replica). */
    abstract OutboxRelay newRelay();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : cleanup) {
            c.close();
        }
        if (!leadership.isRunning()) {
            leadership.start();
        }
    }

    KafkaTestConsumer consumer() {
        KafkaTestConsumer c = new KafkaTestConsumer(Topics.USER);
        cleanup.add(c);
        return c;
    }

    static boolean keyed(ConsumerRecord<byte[], byte[]> r, UUID householdId) {
        return householdId.toString().equals(text(r.key()));
    }

    @Test
    void committedEventLandsOnTheOwnersTopicWithKeyHeadersAndPayload() {
        UUID household = UUID.randomUUID();
        KafkaTestConsumer consumer = consumer();

        EventEnvelope<MemberJoined> sent = notes.write(household, "hello", false);

        ConsumerRecord<byte[], byte[]> r = consumer.awaitRecords(rec -> keyed(rec, household), 1, WAIT).get(0);
        assertThat(r.topic()).isEqualTo("kajimaru.user.events");
        assertThat(header(r, EventHeaders.EVENT_ID)).isEqualTo(sent.eventId().toString());
        assertThat(header(r, EventHeaders.EVENT_TYPE)).isEqualTo("MemberJoined");
        assertThat(header(r, EventHeaders.EVENT_VERSION)).isEqualTo("1");
        assertThat(header(r, EventHeaders.OCCURRED_AT)).isEqualTo(sent.occurredAt().toString());
        assertThat(header(r, EventHeaders.HOUSEHOLD_ID)).isEqualTo(household.toString());
        assertThat(header(r, EventHeaders.AGGREGATE_TYPE)).isEqualTo("member");
        assertThat(header(r, EventHeaders.AGGREGATE_ID)).isEqualTo(sent.aggregateId());
        assertThat(json.read(r.value(), MemberJoined.class)).isEqualTo(sent.payload());
        assertThat(consumer.drain().stream().filter(rec -> keyed(rec, household))).hasSize(1);
    }

    @Test
    void theJpaStateChangeAndTheJdbcOutboxRowCommitInOneTransaction() {
        assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
        clock.set(Instant.parse("2026-12-31T23:30:00Z"));

        EventEnvelope<MemberJoined> sent = notes.write(UUID.randomUUID(), "together", false);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE event_id = ?", Integer.class,
                sent.eventId().toString())).isOne();
        // Hibernate stores instants as UTC wall time, like the outbox and the relay, whatever the JVM's zone.
        assertThat(jdbc.queryForObject("SELECT CAST(written_at AS CHAR) FROM notes WHERE id = ?", String.class,
                sent.aggregateId())).startsWith("2026-12-31 23:30:00");
        assertThat(noteRepository.findByIdAndHouseholdId(UUID.fromString(sent.aggregateId()), sent.payload().householdId()))
                .get().extracting(Note::writtenAt).isEqualTo(Instant.parse("2026-12-31T23:30:00Z"));
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        UUID household = UUID.randomUUID();
        KafkaTestConsumer consumer = consumer();

        assertThatThrownBy(() -> notes.write(household, "rolled back", true)).isInstanceOf(IllegalStateException.class);
        notes.write(household, "marker", false);

        // Same key, same partition, relay order: once the later marker is there, the earlier one would be too.
        List<ConsumerRecord<byte[], byte[]>> all = consumer.awaitRecords(rec -> keyed(rec, household), 1, WAIT);
        assertThat(all).extracting(rec -> json.read(rec.value(), MemberJoined.class).displayName()).containsExactly("marker");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notes WHERE text = 'rolled back'", Integer.class)).isZero();
    }

    @Test
    void eventsWrittenWhileTheRelayIsStoppedArriveAfterItRestarts() {
        UUID household = UUID.randomUUID();
        KafkaTestConsumer consumer = consumer();
        leadership.stop();

        Set<String> written = writeMany(household, 20, "offline");
        assertThat(pending(written)).isEqualTo(20);

        leadership.start();
        List<ConsumerRecord<byte[], byte[]>> got = consumer.awaitRecords(rec -> keyed(rec, household), 20, WAIT);
        assertThat(eventIds(got)).isEqualTo(written);
        await().atMost(WAIT).untilAsserted(() -> assertThat(pending(written)).isZero());
    }

    @Test
    void onlyOneOfTwoReplicasRelaysAndTheOtherTakesOverWhenItStops() {
        UUID household = UUID.randomUUID();
        KafkaTestConsumer consumer = consumer();
        await().atMost(WAIT).until(leadership::isLeader);
        RelayLeadership replica = new RelayLeadership(dataSource(), newRelay(), lockName(), Duration.ofMillis(200));
        cleanup.add(replica::stop);
        replica.start();
        await().atMost(WAIT).until(() -> replica.checkCount() >= 3);
        assertThat(replica.isLeader()).isFalse();
        assertThat(replica.relay().isRunning()).isFalse();

        Set<String> first = writeMany(household, 10, "first");
        consumer.awaitRecords(rec -> keyed(rec, household), 10, WAIT);
        // While one replica holds the lock, nothing is published twice.
        assertThat(consumer.drain().stream().filter(rec -> keyed(rec, household))).hasSize(10);

        leadership.stop();
        await().atMost(WAIT).until(replica::isLeader);
        Set<String> second = writeMany(household, 10, "second");

        Set<String> expected = new java.util.HashSet<>(first);
        expected.addAll(second);
        await().atMost(WAIT).until(() -> eventIds(consumer.drain().stream().filter(rec -> keyed(rec, household)).toList())
                .containsAll(expected));
        // A takeover may re-send what the old leader had sent but not yet recorded (at least once); never anything else.
        assertThat(eventIds(consumer.drain().stream().filter(rec -> keyed(rec, household)).toList())).isEqualTo(expected);
    }

    Set<String> writeMany(UUID household, int n, String prefix) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            ids.add(notes.write(household, prefix + "-" + i, false).eventId().toString());
        }
        return ids;
    }

    int pending(Set<String> eventIds) {
        String in = eventIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE published_at IS NULL AND event_id IN (" + in + ")",
                Integer.class);
    }

    static Set<String> eventIds(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> header(r, EventHeaders.EVENT_ID)).collect(Collectors.toSet());
    }

    abstract javax.sql.DataSource dataSource();

    String lockName() {
        return jdbc.queryForObject("SELECT CONCAT('kajimaru.outbox.', DATABASE())", String.class);
    }

}
