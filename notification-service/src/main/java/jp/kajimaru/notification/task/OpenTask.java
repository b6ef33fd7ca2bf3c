package jp.kajimaru.notification.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kajimaru.messaging.jpa.AssignedIdEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The replica of one chore occurrence, as far as reminders need it: when, whose, done or not. */
@Entity
@Table(name = "tasks")
public class OpenTask extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(name = "chore_name")
    private String choreName;
    // Bound as a LocalDate, not a java.sql.Date shifted through the UTC connection zone (a day early east of UTC).
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    @Column(name = "task_date", nullable = false)
    private LocalDate date;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "assignee_member_id")
    private UUID assigneeMemberId;
    @Column(nullable = false)
    private boolean done;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "overdue_at")
    private Instant overdueAt;

    protected OpenTask() {
    }

    OpenTask(UUID id, UUID householdId) {
        this.id = id;
        this.householdId = householdId;
        markNew();
    }

    void assign(String choreName, LocalDate date, Instant dueAt, UUID assignee, Instant at) {
        if (choreName != null) {
            this.choreName = choreName;
        }
        this.date = date;
        this.dueAt = dueAt;
        this.assigneeMemberId = assignee;
        this.done = false;
        this.overdueAt = null;
        this.updatedAt = at;
    }

    void reassign(String choreName, LocalDate date, UUID to, Instant at) {
        if (choreName != null) {
            this.choreName = choreName;
        }
        if (date != null) {
            if (this.date != null && this.dueAt != null && !date.equals(this.date)) {
                // The due time keeps its time of day on the new date (the rotation moves whole days).
                this.dueAt = this.dueAt.plus(java.time.Duration.ofDays(date.toEpochDay() - this.date.toEpochDay()));
            }
            if (!date.equals(this.date)) {
                this.overdueAt = null;
            }
            this.date = date;
        }
        this.assigneeMemberId = to;
        this.updatedAt = at;
    }

    void complete(String choreName, LocalDate date, Instant at) {
        if (choreName != null) {
            this.choreName = choreName;
        }
        if (this.date == null) {
            this.date = date;
        }
        this.done = true;
        this.updatedAt = at;
    }

    /** The rotation said the task is overdue (its assignee has heard; the admins hear in the day's digest). */
    void overdue(String choreName, LocalDate date, Instant dueAt, UUID assignee, Instant at) {
        if (choreName != null) {
            this.choreName = choreName;
        }
        if (this.date == null) {
            this.date = date;
            this.dueAt = dueAt;
        }
        if (this.assigneeMemberId == null) {
            this.assigneeMemberId = assignee;
        }
        this.overdueAt = at;
        this.updatedAt = at;
    }

    void reopen(Instant at) {
        this.done = false;
        this.updatedAt = at;
    }

    /** Reminders go out for an open task with an assignee. */
    boolean wantsReminders() {
        return !done && assigneeMemberId != null;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String choreName() {
        return choreName;
    }

    public LocalDate date() {
        return date;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public UUID assigneeMemberId() {
        return assigneeMemberId;
    }

    public boolean done() {
        return done;
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

}
