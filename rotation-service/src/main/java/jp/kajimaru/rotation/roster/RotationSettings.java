package jp.kajimaru.rotation.roster;

import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Rotation settings a household owns here (the rotation unit and time zone belong to user-service): the due time of
 * chores that have none of their own (null = end of the day).
 */
@Entity
@Table(name = "rotation_settings")
public class RotationSettings {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Column(name = "default_due_time")
    private LocalTime defaultDueTime;

    protected RotationSettings() {
    }

    RotationSettings(UUID householdId) {
        this.householdId = householdId;
    }

    void defaultDueTime(LocalTime due) {
        this.defaultDueTime = due;
    }

    public Optional<LocalTime> defaultDueTime() {
        return Optional.ofNullable(defaultDueTime);
    }
}
