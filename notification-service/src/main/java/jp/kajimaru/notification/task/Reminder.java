package jp.kajimaru.notification.task;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.messaging.jpa.AssignedIdEntity;

/**
 * A due reminder for one task: the evening before or the morning of, to the task's assignee. Moving the task to
 * another day moves it, finishing the task cancels it, and it is sent at most once for the time it is due at.
 */
@Entity
@Table(name = "reminders")
public class Reminder extends AssignedIdEntity<UUID> {

    public enum Kind { EVENING, MORNING }

    public enum Status { PENDING, SENT, CANCELLED, SKIPPED }

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(name = "task_id", nullable = false)
    private UUID taskId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private long version;

    protected Reminder() {
    }

    Reminder(UUID householdId, UUID taskId, Kind kind) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.taskId = taskId;
        this.kind = kind;
        this.status = Status.CANCELLED;
        markNew();
    }

    /**
     * Points the reminder at a time; it goes to whoever holds the task when it is due, so a move to another member on
     * the same day changes nothing here. A time still ahead makes it pending again (even if an earlier one went out: the
     * task moved to another day); a time already past leaves a sent or cancelled reminder alone and lets a pending one
     * go out late, once.
     */
    void schedule(Instant due, Instant now) {
        if (due.isAfter(now)) {
            this.dueAt = due;
            this.status = Status.PENDING;
            this.sentAt = null;
        } else if (status == Status.PENDING || dueAt == null) {
            this.dueAt = due;
        }
    }

    void cancel() {
        if (status == Status.PENDING) {
            status = Status.CANCELLED;
        }
    }

    void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
    }

    void skip() {
        status = Status.SKIPPED;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public UUID taskId() {
        return taskId;
    }

    public Kind kind() {
        return kind;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Status status() {
        return status;
    }

    public Instant sentAt() {
        return sentAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

}
