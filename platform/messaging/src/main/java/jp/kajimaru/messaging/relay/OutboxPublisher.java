package jp.kajimaru.messaging.relay;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import jp.kajimaru.events.EventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Turns outbox rows into Kafka records — key householdId, value the payload JSON, the envelope in
 * headers — and waits for the broker to acknowledge every one before the relay moves on. Both relays
 * use it, so they cannot differ in what lands on a topic.
 */
public class OutboxPublisher {

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final PublishedMarks marks;
    private final Clock clock;
    private final Duration sendTimeout;
    private final MeterRegistry meters;
    private final PublishTracing tracing;
    private final AtomicReference<Instant> lastPublish = new AtomicReference<>();

    public OutboxPublisher(KafkaTemplate<byte[], byte[]> kafka, PublishedMarks marks, Clock clock, Duration sendTimeout,
                           MeterRegistry meters, PublishTracing tracing) {
        this.kafka = kafka;
        this.marks = marks;
        this.clock = clock;
        this.sendTimeout = sendTimeout;
        this.meters = meters;
        this.tracing = tracing;
    }

    /** When the broker last acknowledged a batch (the injected clock's time); empty until the first. */
    public Optional<Instant> lastPublishedAt() {
        return Optional.ofNullable(lastPublish.get());
    }

    /** Sends all records and returns once the broker has them; throws if any send fails. */
    public void publish(List<OutboxRecord> records) throws Exception {
        if (records.isEmpty()) {
            return;
        }
        List<CompletableFuture<?>> sends = new ArrayList<>(records.size());
        List<Span> spans = new ArrayList<>(records.size());
        Throwable failure = null;
        try {
            for (OutboxRecord r : records) {
                ProducerRecord<byte[], byte[]> record = toProducerRecord(r);
                spans.add(tracing.start(r, record));
                sends.add(kafka.send(record));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception | Error e) {
            failure = e;
            throw e;
        } finally {
            for (Span span : spans) {
                PublishTracing.end(span, failure);
            }
        }
        // Per event type: the business counters (tasks assigned, done, overdue, substitutes, stock crossings) are
        // these events, counted once where they leave the service.
        records.forEach(r -> meters.counter("kajimaru.outbox.published", "type", r.eventType()).increment());
        Instant acknowledged = clock.instant();
        lastPublish.set(acknowledged);
        marks.mark(records, Timestamp.from(acknowledged));
    }

    static ProducerRecord<byte[], byte[]> toProducerRecord(OutboxRecord r) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(r.topic(), null, utf8(r.householdId()), utf8(r.payload()));
        header(record, EventHeaders.EVENT_ID, r.eventId());
        header(record, EventHeaders.EVENT_TYPE, r.eventType());
        header(record, EventHeaders.EVENT_VERSION, Integer.toString(r.eventVersion()));
        header(record, EventHeaders.OCCURRED_AT, r.occurredAt().toString());
        header(record, EventHeaders.HOUSEHOLD_ID, r.householdId());
        header(record, EventHeaders.AGGREGATE_TYPE, r.aggregateType());
        header(record, EventHeaders.AGGREGATE_ID, r.aggregateId());
        if (r.traceparent() != null) {
            header(record, EventHeaders.TRACEPARENT, r.traceparent());
        }
        return record;
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, utf8(value)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
