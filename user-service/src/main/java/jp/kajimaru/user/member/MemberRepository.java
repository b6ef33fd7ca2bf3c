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
                m.id().toString(), m.householdId().toString(), m.userId() == null ? null : m.userId().toString(),
                m.displayName(), m.displayNameKey(), m.nickname(), m.role().name(), m.relation(), m.avatar(), m.colour(),
                Timestamp.from(now));
    }

    public List<Member> inHousehold(UUID householdId) {
        return jdbc.query("SELECT * FROM members WHERE household_id = ? ORDER BY created_at", MemberRepository::map,
                householdId.toString());
    }

    public Optional<Member> findByUser(UUID userId) {
        return jdbc.query("SELECT * FROM members WHERE user_id = ? ORDER BY created_at LIMIT 1", MemberRepository::map,
                userId.toString()).stream().findFirst();
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        String user = rs.getString("user_id");
        return new Member(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("household_id")),
                user == null ? null : UUID.fromString(user), rs.getString("display_name"), rs.getString("nickname"),
                MemberRole.valueOf(rs.getString("role")), rs.getString("relation"), rs.getString("avatar"),
                rs.getString("colour"));
    }
}
