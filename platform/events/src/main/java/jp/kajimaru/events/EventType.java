package jp.kajimaru.events;

import java.util.Objects;

/** Describes one version of one event type: its payload record, topic and aggregate kind. */
public record EventType(
        String type,
        int version,
        Class<? extends DomainEvent> payloadClass,
        String topic,
        String aggregateType) {

    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadClass, "payloadClass");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateType, "aggregateType");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1 but was " + version);
        }
    }
}
