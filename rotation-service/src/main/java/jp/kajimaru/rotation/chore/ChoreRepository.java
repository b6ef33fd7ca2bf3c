package jp.kajimaru.rotation.chore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ChoreRepository {

    private final JdbcTemplate jdbc;

    ChoreRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a default chore once per household; a redelivered HouseholdCreated changes nothing. */
    public void insertDefault(String key, int position, Chore c, Instant now) {
        jdbc.update("""
                INSERT IGNORE INTO chores (id, household_id, name, weight, schedule_kind, weekdays, every_n_days, month_day,
                  due_time, minimum_role, active, default_key, position, created_at, starts_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                c.id().toString(), c.householdId().toString(), c.name(), c.weight(), c.schedule().kind().name(),
                c.schedule().weekdays(), c.schedule().everyNDays(), c.schedule().monthDay(),
                c.dueTime(), c.minimumRole(), c.active(), key, position, Timestamp.from(now),
                c.startsOn());
    }

    public void insert(Chore c, Instant now) {
        Integer next = jdbc.queryForObject("SELECT COALESCE(MAX(position), -1) + 1 FROM chores WHERE household_id = ?",
                Integer.class, c.householdId().toString());
        jdbc.update("""
                INSERT INTO chores (id, household_id, name, weight, schedule_kind, weekdays, every_n_days, month_day,
                  due_time, minimum_role, active, position, created_at, starts_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                c.id().toString(), c.householdId().toString(), c.name(), c.weight(), c.schedule().kind().name(),
                c.schedule().weekdays(), c.schedule().everyNDays(), c.schedule().monthDay(),
                c.dueTime(), c.minimumRole(), c.active(), next,
                Timestamp.from(now), c.startsOn());
        replaceCandidates(c);
    }

    public void update(Chore c) {
        jdbc.update("""
                UPDATE chores SET name = ?, weight = ?, schedule_kind = ?, weekdays = ?, every_n_days = ?, month_day = ?,
                  due_time = ?, minimum_role = ?, active = ?, starts_on = ? WHERE id = ? AND household_id = ?""",
                c.name(), c.weight(), c.schedule().kind().name(), c.schedule().weekdays(), c.schedule().everyNDays(),
                c.schedule().monthDay(), c.dueTime(), c.minimumRole(),
                c.active(), c.startsOn(), c.id().toString(), c.householdId().toString());
        replaceCandidates(c);
    }

    public boolean delete(UUID householdId, UUID id) {
        jdbc.update("DELETE cc FROM chore_candidates cc JOIN chores c ON c.id = cc.chore_id WHERE c.id = ? AND c.household_id = ?",
                id.toString(), householdId.toString());
        return jdbc.update("DELETE FROM chores WHERE id = ? AND household_id = ?", id.toString(), householdId.toString()) == 1;
    }

    public java.util.Optional<Chore> find(UUID householdId, UUID id) {
        return inHousehold(householdId).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private void replaceCandidates(Chore c) {
        jdbc.update("DELETE FROM chore_candidates WHERE chore_id = ?", c.id().toString());
        for (UUID member : c.candidateMemberIds()) {
            jdbc.update("INSERT INTO chore_candidates (chore_id, member_id) VALUES (?, ?)", c.id().toString(), member.toString());
        }
    }

    public List<Chore> inHousehold(UUID householdId) {
        Map<UUID, List<UUID>> candidates = new HashMap<>();
        jdbc.query("""
                SELECT cc.chore_id, cc.member_id FROM chore_candidates cc JOIN chores c ON c.id = cc.chore_id
                WHERE c.household_id = ?""", rs -> {
            candidates.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new ArrayList<>())
                    .add(UUID.fromString(rs.getString(2)));
        }, householdId.toString());
        return jdbc.query("SELECT * FROM chores WHERE household_id = ? ORDER BY position, created_at, name",
                (rs, i) -> map(rs, candidates), householdId.toString());
    }

    private static Chore map(ResultSet rs, Map<UUID, List<UUID>> candidates) throws SQLException {
        UUID id = UUID.fromString(rs.getString("id"));
        Schedule schedule = new Schedule(Schedule.Kind.valueOf(rs.getString("schedule_kind")),
                (Integer) rs.getObject("weekdays", Integer.class), rs.getObject("every_n_days", Integer.class),
                rs.getObject("month_day", Integer.class));
        LocalTime due = rs.getObject("due_time", LocalTime.class);
        return new Chore(id, UUID.fromString(rs.getString("household_id")), rs.getString("name"), rs.getInt("weight"),
                schedule, due, rs.getString("minimum_role"), rs.getBoolean("active"),
                candidates.getOrDefault(id, List.of()), rs.getObject("starts_on", LocalDate.class));
    }
}
