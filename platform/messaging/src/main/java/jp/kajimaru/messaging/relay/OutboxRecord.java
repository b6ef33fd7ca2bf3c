package jp.kajimaru.messaging.relay;

import java.time.Instant;

/** One outbox row as both relays read it, before it becomes a Kafka record. */
public record OutboxRecord(long seq, String eventId, String topic, String eventType, int eventVersion,
                           String householdId, String aggregateType, String aggregateId, Instant occurredAt,
                           String traceparent, String payload) {
}
