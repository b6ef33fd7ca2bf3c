package jp.kajimaru.messaging.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.EventCatalog;
import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.EventType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a domain event in the service's outbox table. It refuses to run outside a transaction:
 * the event must commit or roll back together with the state change it describes.
 */
public class OutboxWriter {

    private static final String INSERT = """
            INSERT INTO outbox (event_id, topic, event_type, event_version, household_id, aggregate_type,
                                aggregate_id, occurred_at, traceparent, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final EventJson json;
    private final TraceparentSource traceparent;
    private final Clock clock;

    public OutboxWriter(JdbcTemplate jdbc, EventJson json, TraceparentSource traceparent, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.traceparent = traceparent;
        this.clock = clock;
    }

    public <P extends DomainEvent> EventEnvelope<P> publish(String aggregateId, P payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "OutboxWriter.publish needs the caller's transaction, so that the event commits with the state change");
        }
        EventType type = EventCatalog.current(payload.getClass());
        // MariaDB and MySQL keep microseconds; truncating here keeps the envelope equal to what the relay reads back.
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        EventEnvelope<P> envelope = new EventEnvelope<>(UUID.randomUUID(), type.type(), type.version(), occurredAt,
                payload.householdId(), type.aggregateType(), aggregateId, traceparent.current().orElse(null), payload);
        jdbc.update(INSERT, envelope.eventId().toString(), type.topic(), envelope.type(), envelope.version(),
                envelope.householdId().toString(), envelope.aggregateType(), envelope.aggregateId(),
                Timestamp.from(occurredAt), envelope.traceparent(), json.writeString(payload));
        return envelope;
    }
}
