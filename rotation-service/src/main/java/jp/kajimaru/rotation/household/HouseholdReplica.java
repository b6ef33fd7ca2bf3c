package jp.kajimaru.rotation.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import java.util.List;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.assignment.BusySpan;
import jp.kajimaru.rotation.assignment.MemberInfo;
import jp.kajimaru.rotation.assignment.Role;
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
                INSERT INTO members (id, household_id, display_name, role, active, updated_at, joined_at)
                VALUES (?, ?, ?, ?, TRUE, ?, ?)
                ON DUPLICATE KEY UPDATE display_name = VALUES(display_name), role = VALUES(role), active = TRUE,
                  updated_at = VALUES(updated_at)""",
                id.toString(), householdId.toString(), displayName, role.name(), Timestamp.from(at), Timestamp.from(at));
    }

    public void deactivateMember(UUID id, UUID householdId, Instant at) {
        jdbc.update("UPDATE members SET active = FALSE, updated_at = ? WHERE id = ? AND household_id = ?",
                Timestamp.from(at), id.toString(), householdId.toString());
    }

    /** True when every id is an active member of the household (candidates must be real family members). */
    public boolean allMembersOf(UUID householdId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        java.util.List<Object> args = new java.util.ArrayList<>();
        args.add(householdId.toString());
        ids.forEach(id -> args.add(id.toString()));
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE household_id = ? AND active AND id IN (" + marks + ")",
                Integer.class, args.toArray());
        return n != null && n == new java.util.HashSet<>(ids).size();
    }

    public record Household(UUID id, String timeZone, String locale, String rotationUnit) {
    }

    /** {@code joinedAt}: when the member joined the household (their fair shares start that day). */
    public record Member(UUID id, String displayName, String role, Instant busyFrom, Instant busyUntil, Instant joinedAt) {

        /**
         * The member as the assignment sees them: busy days in the household's calendar, and absent (as if busy) before
         * the day they joined, so a newcomer's fair share starts with them.
         */
        public MemberInfo info(java.time.ZoneId zone) {
            List<BusySpan> busy = new java.util.ArrayList<>();
            if (busyFrom != null) {
                busy.add(new BusySpan(busyFrom.atZone(zone).toLocalDate(),
                        busyUntil == null ? null : busyUntil.minusNanos(1).atZone(zone).toLocalDate()));
            }
            if (joinedAt != null) {
                busy.add(new BusySpan(java.time.LocalDate.EPOCH, joinedAt.atZone(zone).toLocalDate().minusDays(1)));
            }
            return new MemberInfo(id, displayName, Role.valueOf(role), busy);
        }
    }

    /**
     * The household row locked for the rest of the transaction: planning (scheduler, consumer, admin) takes it first,
     * so two plans of one household never interleave and never announce the same assignment twice.
     */
    public java.util.Optional<Household> lockForPlanning(UUID id) {
        return jdbc.query("SELECT id, time_zone, locale, rotation_unit FROM households WHERE id = ? FOR UPDATE",
                (rs, i) -> new Household(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
                id.toString()).stream().findFirst();
    }

    public java.util.Optional<Household> household(UUID id) {
        return jdbc.query("SELECT id, time_zone, locale, rotation_unit FROM households WHERE id = ?",
                (rs, i) -> new Household(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
                id.toString()).stream().findFirst();
    }

    public java.util.List<UUID> householdIds() {
        return jdbc.queryForList("SELECT id FROM households", String.class).stream().map(UUID::fromString).toList();
    }

    public java.util.List<Member> activeMembers(UUID householdId) {
        return jdbc.query("""
                SELECT id, display_name, role, busy_from, busy_until, joined_at FROM members WHERE household_id = ? AND active
                ORDER BY display_name""", (rs, i) -> new Member(UUID.fromString(rs.getString(1)), rs.getString(2),
                rs.getString(3), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))),
                householdId.toString());
    }

    public void setBusy(UUID householdId, UUID memberId, Instant from, Instant until) {
        jdbc.update("UPDATE members SET busy_from = ?, busy_until = ? WHERE id = ? AND household_id = ?",
                from == null ? null : Timestamp.from(from), until == null ? null : Timestamp.from(until),
                memberId.toString(), householdId.toString());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    public int activeMemberCount(UUID householdId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE household_id = ? AND active",
                Integer.class, householdId.toString());
        return n == null ? 0 : n;
    }
}
