package jp.kajimaru.events;

/**
 * Kafka header names carrying the envelope metadata, so consumers can route, deduplicate and
 * trace a record without deserialising its payload.
 */
public final class EventHeaders {

    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_VERSION = "eventVersion";
    public static final String OCCURRED_AT = "occurredAt";
    public static final String HOUSEHOLD_ID = "householdId";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String AGGREGATE_ID = "aggregateId";
    /** W3C trace context, so a trace continues across the asynchronous hop. */
    public static final String TRACEPARENT = "traceparent";

    private EventHeaders() {
    }
}
