package jp.kajimaru.rotation.roster;

import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The due time of chores that have none of their own (null = end of the day). */
@Repository
public class RotationSettings {

    private final JdbcTemplate jdbc;

    RotationSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LocalTime> defaultDueTime(UUID householdId) {
        // A row may hold NULL ("end of the day"): map it inside the row mapper, never stream a null element.
        return jdbc.query("SELECT default_due_time FROM rotation_settings WHERE household_id = ?",
                (rs, i) -> Optional.ofNullable(rs.getObject(1, LocalTime.class)), householdId.toString()).stream()
                .findFirst().flatMap(t -> t);
    }

    public void setDefaultDueTime(UUID householdId, LocalTime due) {
        jdbc.update("""
                INSERT INTO rotation_settings (household_id, default_due_time) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE default_due_time = VALUES(default_due_time)""",
                householdId.toString(), due);
    }
}
