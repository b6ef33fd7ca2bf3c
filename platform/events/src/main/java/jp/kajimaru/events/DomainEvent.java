package jp.kajimaru.events;

import java.util.UUID;

/**
 * Implemented by every event payload record. Every event belongs to exactly one household, which
 * is the tenant boundary and the Kafka key, so the payload must carry it.
 */
public interface DomainEvent {

    UUID householdId();
}
