package jp.kajimaru.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A payload together with the metadata that travels in {@link EventHeaders}.
 *
 * @param traceparent W3C trace context; {@code null} when the event was not raised inside a trace
 */
public record EventEnvelope<P extends DomainEvent>(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        UUID householdId,
        String aggregateType,
        String aggregateId,
        String traceparent,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }
}
