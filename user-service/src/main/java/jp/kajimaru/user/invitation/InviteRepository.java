package jp.kajimaru.user.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class InviteRepository {

    private final JdbcTemplate jdbc;

    InviteRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invite i, UUID createdBy) {
        jdbc.update("""
                INSERT INTO invites (id, household_id, code, role, created_by, created_at, expires_at, max_uses)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", i.id().toString(), i.householdId().toString(), i.code(),
                i.role().name(), createdBy.toString(), Timestamp.from(i.createdAt()), Timestamp.from(i.expiresAt()),
                i.maxUses());
    }

    List<Invite> inHousehold(UUID householdId) {
        return jdbc.query("SELECT * FROM invites WHERE household_id = ? ORDER BY created_at DESC", InviteRepository::map,
                householdId.toString());
    }

    int usableCount(UUID householdId, Instant now) {
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM invites WHERE household_id = ? AND revoked_at IS NULL AND expires_at > ?
                  AND uses < max_uses""", Integer.class, householdId.toString(), Timestamp.from(now));
        return n == null ? 0 : n;
    }

    /** The invite behind a code, locked for this transaction so two joins cannot both take the last use. */
    Optional<Invite> findByCodeForUpdate(String code) {
        return jdbc.query("SELECT * FROM invites WHERE code = ? FOR UPDATE", InviteRepository::map, code).stream().findFirst();
    }

    boolean codeExists(String code) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM invites WHERE code = ?", Integer.class, code);
        return n != null && n > 0;
    }

    void countUse(UUID id) {
        jdbc.update("UPDATE invites SET uses = uses + 1 WHERE id = ?", id.toString());
    }

    boolean revoke(UUID householdId, UUID id, Instant now) {
        return jdbc.update("UPDATE invites SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND household_id = ?",
                Timestamp.from(now), id.toString(), householdId.toString()) == 1;
    }

    private static Invite map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Invite(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("household_id")),
                rs.getString("code"), MemberRole.valueOf(rs.getString("role")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), rs.getInt("max_uses"), rs.getInt("uses"),
                revoked == null ? null : revoked.toInstant());
    }
}
