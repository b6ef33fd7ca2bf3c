package jp.kajimaru.rotation.substitute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class SubstituteRepository {

    private static final String SELECT = """
            SELECT s.*, t.chore_name, t.task_date, rq.display_name AS requester_name, sb.display_name AS substitute_name
            FROM substitute_requests s JOIN tasks t ON t.id = s.task_id
            LEFT JOIN members rq ON rq.id = s.requester_member_id LEFT JOIN members sb ON sb.id = s.substitute_member_id
            """;

    private final JdbcTemplate jdbc;

    SubstituteRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID householdId, UUID taskId, UUID requester, String note, Instant now, Instant expires) {
        jdbc.update("""
                INSERT INTO substitute_requests (id, household_id, task_id, requester_member_id, note, status, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)""", id.toString(), householdId.toString(), taskId.toString(),
                requester.toString(), note, Timestamp.from(now), Timestamp.from(expires));
    }

    boolean openFor(UUID taskId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM substitute_requests WHERE task_id = ? AND status = 'OPEN'",
                Integer.class, taskId.toString());
        return n != null && n > 0;
    }

    Optional<SubstituteRequest> find(UUID householdId, UUID id) {
        return jdbc.query(SELECT + " WHERE s.id = ? AND s.household_id = ?", SubstituteRepository::map, id.toString(),
                householdId.toString()).stream().findFirst();
    }

    List<SubstituteRequest> recent(UUID householdId, int limit) {
        return jdbc.query(SELECT + " WHERE s.household_id = ? ORDER BY s.status = 'OPEN' DESC, s.created_at DESC LIMIT ?",
                SubstituteRepository::map, householdId.toString(), limit);
    }

    /** The atomic step: exactly one accept can move an open request on. */
    boolean accept(UUID householdId, UUID id, UUID substitute, Instant now) {
        return jdbc.update("""
                UPDATE substitute_requests SET status = 'ACCEPTED', substitute_member_id = ?, closed_at = ?
                WHERE id = ? AND household_id = ? AND status = 'OPEN' AND expires_at > ?""",
                substitute.toString(), Timestamp.from(now), id.toString(), householdId.toString(), Timestamp.from(now)) == 1;
    }

    boolean close(UUID id, SubstituteRequest.Status status, Instant now) {
        return jdbc.update("UPDATE substitute_requests SET status = ?, closed_at = ? WHERE id = ? AND status = 'OPEN'",
                status.name(), Timestamp.from(now), id.toString()) == 1;
    }

    List<SubstituteRequest> expired(Instant now, int limit) {
        return jdbc.query(SELECT + " WHERE s.status = 'OPEN' AND s.expires_at <= ? LIMIT ?", SubstituteRepository::map,
                Timestamp.from(now), limit);
    }

    List<UUID> openForTaskIds(UUID taskId) {
        return jdbc.queryForList("SELECT id FROM substitute_requests WHERE task_id = ? AND status = 'OPEN'", String.class,
                taskId.toString()).stream().map(UUID::fromString).toList();
    }

    private static SubstituteRequest map(ResultSet rs, int row) throws SQLException {
        String sub = rs.getString("substitute_member_id");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new SubstituteRequest(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("task_id")),
                rs.getString("chore_name"), rs.getObject("task_date", LocalDate.class),
                UUID.fromString(rs.getString("requester_member_id")), rs.getString("requester_name"), rs.getString("note"),
                SubstituteRequest.Status.valueOf(rs.getString("status")), sub == null ? null : UUID.fromString(sub),
                rs.getString("substitute_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), closed == null ? null : closed.toInstant());
    }
}
