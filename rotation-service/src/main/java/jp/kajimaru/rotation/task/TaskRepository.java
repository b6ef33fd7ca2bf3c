package jp.kajimaru.rotation.task;

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

/** Tasks, always within one household: a foreign id finds nothing. */
@Repository
public class TaskRepository {

    private final JdbcTemplate jdbc;

    TaskRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the occurrence unless it exists (generation is idempotent); true when it was new. */
    public boolean insertIfAbsent(Task t, Instant now) {
        return jdbc.update("""
                INSERT IGNORE INTO tasks (id, household_id, chore_id, chore_name, task_date, due_at, weight, period_start,
                  status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""",
                t.id().toString(), t.householdId().toString(), t.choreId().toString(), t.choreName(), t.date(),
                Timestamp.from(t.dueAt()), t.weight(), t.periodStart(), Timestamp.from(now)) == 1;
    }

    public List<Task> between(UUID householdId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT * FROM tasks WHERE household_id = ? AND task_date BETWEEN ? AND ? ORDER BY task_date, weight DESC, chore_name""",
                TaskRepository::map, householdId.toString(), from, to);
    }

    public List<Task> before(UUID householdId, LocalDate day) {
        return jdbc.query("SELECT * FROM tasks WHERE household_id = ? AND task_date < ?", TaskRepository::map,
                householdId.toString(), day);
    }

    public Optional<Task> find(UUID householdId, UUID id) {
        return jdbc.query("SELECT * FROM tasks WHERE id = ? AND household_id = ?", TaskRepository::map, id.toString(),
                householdId.toString()).stream().findFirst();
    }

    public Optional<Task> findForUpdate(UUID householdId, UUID id) {
        return jdbc.query("SELECT * FROM tasks WHERE id = ? AND household_id = ? FOR UPDATE", TaskRepository::map,
                id.toString(), householdId.toString()).stream().findFirst();
    }

    /** The planner's assignment; it also ends a pin (a pinned task is planned again only when its holder cannot do it). */
    public void assign(UUID taskId, UUID memberId, String explanationJson) {
        jdbc.update("UPDATE tasks SET assignee_member_id = ?, pinned = FALSE, explanation = ? WHERE id = ? AND status = 'OPEN'",
                memberId == null ? null : memberId.toString(), explanationJson, taskId.toString());
    }

    public void pin(UUID taskId, UUID memberId, String explanationJson) {
        jdbc.update("UPDATE tasks SET assignee_member_id = ?, pinned = TRUE, explanation = ? WHERE id = ?",
                memberId.toString(), explanationJson, taskId.toString());
    }

    /** Open tasks of one chore from {@code from} on, in every period planned so far. */
    public List<Task> openOfChoreFrom(UUID householdId, UUID choreId, LocalDate from) {
        return jdbc.query("SELECT * FROM tasks WHERE household_id = ? AND chore_id = ? AND status = 'OPEN' AND task_date >= ?",
                TaskRepository::map, householdId.toString(), choreId.toString(), from);
    }

    /** An open occurrence follows its chore's name, weight and due time. */
    public void follow(UUID taskId, String choreName, int weight, Instant dueAt) {
        jdbc.update("UPDATE tasks SET chore_name = ?, weight = ?, due_at = ? WHERE id = ? AND status = 'OPEN'", choreName,
                weight, Timestamp.from(dueAt), taskId.toString());
    }

    /** Removes an occurrence that is still open (done ones are history and stay). */
    public boolean deleteOpen(UUID taskId) {
        return jdbc.update("DELETE FROM tasks WHERE id = ? AND status = 'OPEN'", taskId.toString()) == 1;
    }

    /** Open tasks whose due time has passed, whatever their period: the newest first. */
    public List<Task> overdueOpen(UUID householdId, Instant now, int limit) {
        return jdbc.query("SELECT * FROM tasks WHERE household_id = ? AND status = 'OPEN' AND due_at <= ? "
                + "ORDER BY due_at DESC LIMIT ?", TaskRepository::map, householdId.toString(), Timestamp.from(now), limit);
    }

    public void complete(UUID taskId, UUID by, Instant at) {
        jdbc.update("UPDATE tasks SET status = 'DONE', completed_by = ?, completed_at = ? WHERE id = ?",
                by.toString(), Timestamp.from(at), taskId.toString());
    }

    public void reopen(UUID taskId) {
        jdbc.update("UPDATE tasks SET status = 'OPEN', completed_by = NULL, completed_at = NULL WHERE id = ?", taskId.toString());
    }

    /** Whose turn (done or held) which chore was how often since {@code since}, before {@code until}: the variety input. */
    public java.util.Map<UUID, java.util.Map<UUID, Integer>> timesByMemberAndChore(UUID householdId, LocalDate since,
                                                                                   LocalDate until) {
        java.util.Map<UUID, java.util.Map<UUID, Integer>> times = new java.util.HashMap<>();
        jdbc.query("""
                SELECT COALESCE(assignee_member_id, completed_by), chore_id, COUNT(*) FROM tasks
                WHERE household_id = ? AND task_date >= ? AND task_date < ? AND COALESCE(assignee_member_id, completed_by) IS NOT NULL
                GROUP BY COALESCE(assignee_member_id, completed_by), chore_id""", rs -> {
            times.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new java.util.HashMap<>())
                    .put(UUID.fromString(rs.getString(2)), rs.getInt(3));
        }, householdId.toString(), since, until);
        return times;
    }

    public UUID householdOf(UUID taskId) {
        return UUID.fromString(jdbc.queryForObject("SELECT household_id FROM tasks WHERE id = ?", String.class, taskId.toString()));
    }

    public String explanation(UUID householdId, UUID taskId) {
        return jdbc.query("SELECT explanation FROM tasks WHERE id = ? AND household_id = ?", (rs, i) -> rs.getString(1),
                taskId.toString(), householdId.toString()).stream().findFirst().orElse(null);
    }

    /** Open tasks whose due time has passed and that have not been flagged yet, across households. */
    public List<Task> newlyOverdue(Instant now, int limit) {
        return jdbc.query("SELECT * FROM tasks WHERE status = 'OPEN' AND overdue_at IS NULL AND due_at <= ? LIMIT ?",
                TaskRepository::map, Timestamp.from(now), limit);
    }

    /** Flags a task overdue once; false if another replica got there first. */
    public boolean markOverdue(UUID taskId, Instant at) {
        return jdbc.update("UPDATE tasks SET overdue_at = ? WHERE id = ? AND overdue_at IS NULL", Timestamp.from(at),
                taskId.toString()) == 1;
    }

    static Task map(ResultSet rs, int row) throws SQLException {
        return new Task(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("household_id")),
                UUID.fromString(rs.getString("chore_id")), rs.getString("chore_name"), rs.getObject("task_date", LocalDate.class),
                rs.getTimestamp("due_at").toInstant(), rs.getInt("weight"), rs.getObject("period_start", LocalDate.class),
                uuid(rs.getString("assignee_member_id")), rs.getBoolean("pinned"), Task.Status.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("completed_at")), uuid(rs.getString("completed_by")), instant(rs.getTimestamp("overdue_at")));
    }

    private static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
