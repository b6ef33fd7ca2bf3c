package jp.kajimaru.messaging.relay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads pending outbox rows in commit-ish order (by sequence) for the polling relay and the lag gauge. */
public class OutboxRows {

    private final JdbcTemplate jdbc;

    public OutboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutboxRecord> pending(int limit) {
        return jdbc.query("""
                SELECT seq, event_id, topic, event_type, event_version, household_id, aggregate_type, aggregate_id,
                       occurred_at, traceparent, payload
                FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT ?""", OutboxRows::map, limit);
    }

    public long pendingCount() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE published_at IS NULL", Long.class);
        return n == null ? 0 : n;
    }

    /** When the oldest event still waiting for the relay happened; empty when every row is published. */
    public Optional<Instant> oldestPendingOccurredAt() {
        Timestamp t = jdbc.queryForObject("SELECT MIN(occurred_at) FROM outbox WHERE published_at IS NULL", Timestamp.class);
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    private static OutboxRecord map(ResultSet rs, int row) throws SQLException {
        return new OutboxRecord(rs.getLong("seq"), rs.getString("event_id"), rs.getString("topic"),
                rs.getString("event_type"), rs.getInt("event_version"), rs.getString("household_id"),
                rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("traceparent"), rs.getString("payload"));
    }
}
