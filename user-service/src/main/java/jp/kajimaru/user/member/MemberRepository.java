package jp.kajimaru.user.member;

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

/** Members, always looked up within a household: a foreign id finds nothing. */
@Repository
public class MemberRepository {

    private final JdbcTemplate jdbc;

    MemberRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Member m, Instant now) {
        jdbc.update("""
                INSERT INTO members (id, household_id, user_id, display_name, display_name_key, nickname, role,
                  relation, avatar, colour, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                m.id().toString(), m.householdId().toString(), str(m.userId()), m.displayName(), m.displayNameKey(),
                m.nickname(), m.role().name(), m.relation(), m.avatar(), m.colour(), Timestamp.from(now));
    }

    public void updateProfile(Member m) {
        jdbc.update("""
                UPDATE members SET display_name = ?, display_name_key = ?, nickname = ?, role = ?, relation = ?,
                  avatar = ?, colour = ?, user_id = ? WHERE id = ? AND household_id = ?""",
                m.displayName(), m.displayNameKey(), m.nickname(), m.role().name(), m.relation(), m.avatar(), m.colour(),
                str(m.userId()), m.id().toString(), m.householdId().toString());
    }

    public void updatePin(UUID householdId, UUID memberId, String pinHash, PinRules.State state) {
        jdbc.update("""
                UPDATE members SET pin_hash = ?, failed_pin_attempts = ?, locked_until = ?
                WHERE id = ? AND household_id = ?""",
                pinHash, state.failures(), ts(state.lockedUntil()), memberId.toString(), householdId.toString());
    }

    public void updatePinState(UUID householdId, UUID memberId, PinRules.State state) {
        jdbc.update("UPDATE members SET failed_pin_attempts = ?, locked_until = ? WHERE id = ? AND household_id = ?",
                state.failures(), ts(state.lockedUntil()), memberId.toString(), householdId.toString());
    }

    public void updateBusy(UUID householdId, UUID memberId, Instant from, Instant until) {
        jdbc.update("UPDATE members SET busy_from = ?, busy_until = ? WHERE id = ? AND household_id = ?",
                ts(from), ts(until), memberId.toString(), householdId.toString());
    }

    public void delete(UUID householdId, UUID memberId) {
        jdbc.update("DELETE FROM members WHERE id = ? AND household_id = ?", memberId.toString(), householdId.toString());
    }

    public List<Member> inHousehold(UUID householdId) {
        return jdbc.query("SELECT * FROM members WHERE household_id = ? ORDER BY created_at", MemberRepository::map,
                householdId.toString());
    }

    public Optional<Member> find(UUID householdId, UUID memberId) {
        return jdbc.query("SELECT * FROM members WHERE id = ? AND household_id = ?", MemberRepository::map,
                memberId.toString(), householdId.toString()).stream().findFirst();
    }

    /** Locks the row for the rest of the transaction, so concurrent PIN attempts count one by one. */
    public Optional<Member> findForUpdate(UUID householdId, UUID memberId) {
        return jdbc.query("SELECT * FROM members WHERE id = ? AND household_id = ? FOR UPDATE", MemberRepository::map,
                memberId.toString(), householdId.toString()).stream().findFirst();
    }

    public Optional<Member> findByUser(UUID userId) {
        return jdbc.query("SELECT * FROM members WHERE user_id = ? ORDER BY created_at LIMIT 1", MemberRepository::map,
                userId.toString()).stream().findFirst();
    }

    public boolean nameTaken(UUID householdId, String displayName, UUID except) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM members WHERE household_id = ? AND display_name_key = ? AND id <> ?", Integer.class,
                householdId.toString(), Member.displayNameKey(displayName), except == null ? "" : except.toString());
        return n != null && n > 0;
    }

    public int adminCount(UUID householdId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE household_id = ? AND role = 'ADMIN'",
                Integer.class, householdId.toString());
        return n == null ? 0 : n;
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        String user = rs.getString("user_id");
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Member(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("household_id")),
                user == null ? null : UUID.fromString(user), rs.getString("display_name"), rs.getString("nickname"),
                MemberRole.valueOf(rs.getString("role")), rs.getString("relation"), rs.getString("avatar"),
                rs.getString("colour"), rs.getString("pin_hash"),
                new PinRules.State(rs.getInt("failed_pin_attempts"), locked == null ? null : locked.toInstant()),
                instant(rs.getTimestamp("busy_from")), instant(rs.getTimestamp("busy_until")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
