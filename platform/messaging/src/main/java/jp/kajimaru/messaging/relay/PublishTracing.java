package jp.kajimaru.messaging.relay;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import jp.kajimaru.events.EventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The relay's own span: a child of the span that wrote the outbox row (its {@code traceparent} column), ended when
 * the broker acknowledged the record. The record then carries the relay span's traceparent, so the consumer's span
 * hangs under "outbox publish" in the writer's trace, whichever relay (binlog or polling) sent it.
 */
public class PublishTracing {

    /** No tracer: the record carries the writer's traceparent as it is. */
    public static final PublishTracing NONE = new PublishTracing(null, null, "none");

    private final Tracer tracer;
    private final Propagator propagator;
    private final String relay;

    /** {@code relay} names the relay on every span ({@code kajimaru.relay}: "debezium" or "polling"). */
    public PublishTracing(Tracer tracer, Propagator propagator, String relay) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.relay = relay;
    }

    /** Starts the publish span for this row and points the record's traceparent at it; null when untraced. */
    Span start(OutboxRecord row, ProducerRecord<byte[], byte[]> record) {
        if (tracer == null || propagator == null || row.traceparent() == null) {
            return null;
        }
        Span span = propagator.extract(Map.of(EventHeaders.TRACEPARENT, row.traceparent()), Map::get)
                .name("outbox publish").kind(Span.Kind.PRODUCER).remoteServiceName("kafka")
                .tag("kajimaru.event.type", row.eventType()).tag("kajimaru.household.id", row.householdId())
                .tag("messaging.destination.name", row.topic()).tag("kajimaru.relay", relay)
                .start();
        record.headers().remove(EventHeaders.TRACEPARENT);
        propagator.inject(span.context(), record,
                (r, key, value) -> r.headers().add(new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8))));
        if (record.headers().lastHeader(EventHeaders.TRACEPARENT) == null) {
            // A non-W3C propagation type wrote its own headers; the inbox still expects the writer's traceparent.
            record.headers().add(new RecordHeader(EventHeaders.TRACEPARENT, row.traceparent().getBytes(StandardCharsets.UTF_8)));
        }
        return span;
    }

    static void end(Span span, Throwable failure) {
        if (span == null) {
            return;
        }
        if (failure != null) {
            span.error(failure);
        }
        span.end();
    }
}
