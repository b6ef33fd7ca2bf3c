package jp.kajimaru.messaging.relay;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records that outbox rows reached the broker ({@code published_at}). For the Debezium relay this is bookkeeping only
 * (the purge, the backlog gauges; the engine's offset says what was sent); for the polling relay it is what keeps the
 * next query from finding the rows again.
 */
public interface PublishedMarks extends AutoCloseable {

    String MARK = "UPDATE outbox SET published_at = ? WHERE event_id = ? AND published_at IS NULL";

    /** The records the broker has just acknowledged, at {@code at}. */
    void mark(List<OutboxRecord> records, Timestamp at);

    @Override
    default void close() {
    }

    /** In the relay's own thread, before it moves on: what the polling relay needs. */
    static PublishedMarks immediate(JdbcTemplate jdbc) {
        return (records, at) -> jdbc.batchUpdate(MARK, records.stream().map(r -> new Object[] {at, r.eventId()}).toList());
    }
}
