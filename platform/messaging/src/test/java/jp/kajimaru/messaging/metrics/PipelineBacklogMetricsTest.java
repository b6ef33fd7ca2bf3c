package jp.kajimaru.messaging.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.messaging.testapp.NoteService;
import jp.kajimaru.messaging.testapp.TestRecords;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestClock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Without a relay ({@code kajimaru.outbox.relay=none}) the outbox backs up and the gauges say so; the inbox times each
 * event type and counts the duplicates it skips; the dead-letter gauge counts what lands in the {@code .dlq} topic.
 * Real MariaDB and Kafka.
 */
// Its own consumer group: other test classes' cached contexts consume the same topic as "messaging-test".
@SpringBootTest(classes = MessagingTestApplication.class, properties = {"kajimaru.outbox.relay=none",
        "spring.cloud.stream.bindings.testEvents-in-0.group=pipeline-metrics-test"})
@RealInfrastructure
class PipelineBacklogMetricsTest {

    static final String TOPIC = "kajimaru.inboxtest.events";
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired NoteService notes;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventJson json;
    @Autowired MeterRegistry meters;
    @Autowired PrometheusMeterRegistry prometheus;

    private final KafkaProducer<byte[], byte[]> producer = TestRecords.producer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void theOldestUnpublishedRowAgesWithTheClockAndNoRelayStreams() {
        // Rows other tests of this JVM left unpublished are not this test's backlog.
        jdbc.update("UPDATE outbox SET published_at = occurred_at WHERE published_at IS NULL");
        assertThat(gauge("kajimaru.outbox.oldest.age")).isZero();
        assertThat(gauge("kajimaru.outbox.pending")).isZero();

        Instant written = Instant.parse("2026-12-02T08:00:00Z");
        TestClock.shared().set(written);
        notes.write(UUID.randomUUID(), "waiting", false);
        notes.write(UUID.randomUUID(), "waiting too", false);
        assertThat(gauge("kajimaru.outbox.oldest.age")).isZero();
        TestClock.shared().set(written.plusSeconds(90));
        assertThat(gauge("kajimaru.outbox.oldest.age")).isEqualTo(90.0);
        assertThat(gauge("kajimaru.outbox.pending")).isEqualTo(2);

        await().atMost(WAIT).until(() -> gauge("kajimaru.relay.leader") == 1);
        assertThat(gauge("kajimaru.relay.streaming")).as("relay=none never streams").isZero();
        assertThat(prometheus.scrape()).contains("kajimaru_outbox_oldest_age_seconds 90.0", "kajimaru_outbox_pending 2.0",
                "kajimaru_relay_streaming{relay=\"none\"} 0.0");
    }

    @Test
    void theInboxTimesEachEventTypeAndCountsTheDuplicatesItSkips() throws Exception {
        UUID household = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        double duplicatesBefore = inbox("duplicate");
        long timedBefore = handlingCount();
        send(record(TOPIC, eventId, household));
        send(record(TOPIC, eventId, household));

        await().atMost(WAIT).until(() -> inbox("duplicate") >= duplicatesBefore + 1);
        await().atMost(WAIT).until(() -> handlingCount() >= timedBefore + 2);
        assertThat(prometheus.scrape().lines().filter(l -> l.startsWith("kajimaru_inbox_handling_seconds_bucket{")))
                .anySatisfy(l -> assertThat(l).contains("consumer=\"messaging-test\"", "type=\"MemberJoined\"", "le=\""));
        assertThat(prometheus.scrape().lines().filter(l -> l.startsWith("kajimaru_inbox_events_total{")))
                .anySatisfy(l -> assertThat(l).contains("outcome=\"duplicate\"", "type=\"MemberJoined\""));
    }

    @Test
    void recordsInTheDeadLetterTopicOfAConsumedTopicShowAsItsDepth() throws Exception {
        String dlq = Topics.dlq(TOPIC);
        double before = dlqDepth(dlq);
        assertThat(before).as("depth of %s (NaN = broker did not answer)", dlq).isNotNaN();
        send(record(dlq, UUID.randomUUID(), UUID.randomUUID()));
        send(record(dlq, UUID.randomUUID(), UUID.randomUUID()));
        // At least: this context may dead-letter poison records other test classes left on the topic meanwhile.
        await().atMost(WAIT).until(() -> dlqDepth(dlq) >= before + 2);
        assertThat(prometheus.scrape()).contains("kajimaru_dlq_depth{topic=\"" + dlq + "\"} ");
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private double dlqDepth(String topic) {
        return meters.get("kajimaru.dlq.depth").tag("topic", topic).gauge().value();
    }

    private double inbox(String outcome) {
        var c = meters.find("kajimaru.inbox.events").tag("outcome", outcome).tag("type", "MemberJoined").counter();
        return c == null ? 0 : c.count();
    }

    private long handlingCount() {
        Timer t = meters.find("kajimaru.inbox.handling").tag("type", "MemberJoined").tag("consumer", "messaging-test").timer();
        return t == null ? 0 : t.count();
    }

    private void send(ProducerRecord<byte[], byte[]> record) throws Exception {
        producer.send(record).get();
    }

    private ProducerRecord<byte[], byte[]> record(String topic, UUID eventId, UUID household) {
        return TestRecords.record(topic, eventId, household, "MemberJoined", "1", json.write(new MemberJoined(household,
                UUID.randomUUID(), "timed", null, MemberRole.MEMBER, false, "default", "#000000")));
    }
}
