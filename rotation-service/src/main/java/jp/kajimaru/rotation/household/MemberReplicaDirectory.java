package jp.kajimaru.rotation.household;

import java.util.UUID;

import jp.kajimaru.web.security.MemberDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The replica follows user-service's MemberUpdated and MemberRemoved, so a demoted admin or a removed member loses
 * their powers here as soon as the event arrives. A member the replica has not met yet keeps what the token says.
 */
@Component
class MemberReplicaDirectory implements MemberDirectory {

    private final JdbcTemplate jdbc;

    MemberReplicaDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Membership lookup(UUID householdId, UUID memberId) {
        if (memberId == null) {
            return Membership.unknown();
        }
        return jdbc.query("SELECT role, active FROM members WHERE id = ? AND household_id = ?",
                (rs, i) -> rs.getBoolean(2) ? Membership.active(rs.getString(1)) : Membership.removed(),
                memberId.toString(), householdId.toString()).stream().findFirst().orElse(Membership.unknown());
    }
}
