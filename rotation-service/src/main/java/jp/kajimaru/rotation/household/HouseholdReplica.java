package jp.kajimaru.rotation.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** rotation-service's copy of the households and members it schedules for, kept from user-service's events. */
@Repository
public class HouseholdReplica {

    private final JdbcTemplate jdbc;

    HouseholdReplica(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void upsertHousehold(UUID id, String timeZone, String locale, String rotationUnit, Instant at) {
        jdbc.update("""
                INSERT INTO households (id, time_zone, locale, rotation_unit, updated_at) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE time_zone = VALUES(time_zone), locale = VALUES(locale),
                  rotation_unit = VALUES(rotation_unit), updated_at = VALUES(updated_at)""",
                id.toString(), timeZone, locale, rotationUnit, Timestamp.from(at));
    }

    public void upsertMember(UUID id, UUID householdId, String displayName, MemberRole role, Instant at) {
        jdbc.update("""
                INSERT INTO members (id, household_id, display_name, role, active, updated_at) VALUES (?, ?, ?, ?, TRUE, ?)
                ON DUPLICATE KEY UPDATE display_name = VALUES(display_name), role = VALUES(role), active = TRUE,
                  updated_at = VALUES(updated_at)""",
                id.toString(), householdId.toString(), displayName, role.name(), Timestamp.from(at));
    }

    public void deactivateMember(UUID id, UUID householdId, Instant at) {
        jdbc.update("UPDATE members SET active = FALSE, updated_at = ? WHERE id = ? AND household_id = ?",
                Timestamp.from(at), id.toString(), householdId.toString());
    }

    public int activeMemberCount(UUID householdId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE household_id = ? AND active",
                Integer.class, householdId.toString());
        return n == null ? 0 : n;
    }
}
