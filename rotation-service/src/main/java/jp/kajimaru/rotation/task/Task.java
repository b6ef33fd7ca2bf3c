package jp.kajimaru.rotation.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TaskReopened;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One occurrence of a chore on a day, with its assignee and whether it is done: open → done → (undone) open again.
 * Done tasks are history and never move; an open one follows its chore and may be re-planned unless pinned (by an
 * admin or an accepted substitute).
 */
@Entity
@Table(name = "tasks")
public class Task {

    public enum Status { OPEN, DONE }

    /**
     * Where the task comes from: the roster's occurrence of a chore, a one-off extra occurrence of a chore ("do it
     * today"), or a maintenance cycle from inventory-service (no chore row: {@code choreId} holds the maintenance task
     * id, {@code externalRef} the same id as text and {@code externalDue} the cycle's due date).
     */
    public enum Origin { ROSTER, ONE_OFF, MAINTENANCE }

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "chore_id", nullable = false)
    private UUID choreId;

    @Column(name = "chore_name", nullable = false)
    private String choreName;

    @Column(name = "task_date", nullable = false)
    private LocalDate date;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(nullable = false)
    private int weight;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "assignee_member_id")
    private UUID assigneeMemberId;

    @Column(nullable = false)
    private boolean pinned;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private UUID completedBy;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(columnDefinition = "longtext")
    private String explanation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin = Origin.ROSTER;

    @Column(name = "external_ref")
    private String externalRef;

    @Column(name = "external_due")
    private LocalDate externalDue;

    @Version
    private Long version;

    protected Task() {
    }

    /** A new open occurrence of a chore, nobody's yet. */
    public Task(UUID id, UUID householdId, UUID choreId, String choreName, LocalDate date, Instant dueAt, int weight,
                LocalDate periodStart, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.householdId = Objects.requireNonNull(householdId);
        this.choreId = Objects.requireNonNull(choreId);
        this.choreName = choreName;
        this.date = date;
        this.dueAt = dueAt;
        this.weight = weight;
        this.periodStart = periodStart;
        this.status = Status.OPEN;
        this.createdAt = createdAt;
    }

    /** A one-off extra occurrence of a chore on a day, outside its schedule ("do it today"). */
    public static Task oneOff(UUID id, UUID householdId, UUID choreId, String choreName, LocalDate date, Instant dueAt,
                              int weight, LocalDate periodStart, Instant createdAt) {
        Task t = new Task(id, householdId, choreId, choreName, date, dueAt, weight, periodStart, createdAt);
        t.origin = Origin.ONE_OFF;
        return t;
    }

    /**
     * One cycle of an appliance's maintenance (due on {@code dueDate}), done on {@code date}. It has no chore: its
     * chore id is the maintenance task's id, and its completion names that id ({@code externalRef}).
     */
    public static Task maintenance(UUID id, UUID householdId, UUID maintenanceTaskId, String name, LocalDate date,
                                   LocalDate dueDate, Instant dueAt, int weight, LocalDate periodStart, Instant createdAt) {
        Task t = new Task(id, householdId, maintenanceTaskId, name, date, dueAt, weight, periodStart, createdAt);
        t.origin = Origin.MAINTENANCE;
        t.externalRef = maintenanceTaskId.toString();
        t.externalDue = Objects.requireNonNull(dueDate);
        return t;
    }

    /**
     * The assignee or an admin marks it done. The task records who pressed "done" (completedBy) and keeps whom it was
     * done for (the assignee), who gets the credit. Done already: nothing changes and nothing is announced.
     */
    public Optional<TaskCompleted> complete(UUID by, boolean admin, Instant at) {
        if (!admin && !by.equals(assigneeMemberId)) {
            throw new ForbiddenException("Only the assignee or an admin can complete this task.");
        }
        if (!open()) {
            return Optional.empty();
        }
        status = Status.DONE;
        completedBy = by;
        completedAt = at;
        return Optional.of(new TaskCompleted(householdId, id, choreId, choreName, date, assigneeMemberId, by, at, externalRef));
    }

    /** Who completed it, the assignee or an admin undoes it. Open already: nothing changes. */
    public Optional<TaskReopened> reopen(UUID by, boolean admin) {
        if (!admin && !by.equals(completedBy) && !by.equals(assigneeMemberId)) {
            throw new ForbiddenException("Only who completed it, the assignee or an admin can undo this.");
        }
        if (open()) {
            return Optional.empty();
        }
        status = Status.OPEN;
        completedBy = null;
        completedAt = null;
        return Optional.of(new TaskReopened(householdId, id, choreId, date, by));
    }

    /**
     * Given to {@code member} by a person (an admin, or a substitute accepting), and pinned so that later re-planning
     * leaves it alone while its holder can do it.
     */
    public TaskReassigned pinTo(UUID member, String whyJson, ReassignReason reason) {
        if (!open()) {
            throw new ConflictException("id", "A completed task cannot be reassigned; undo it first.");
        }
        UUID previous = assigneeMemberId;
        assigneeMemberId = Objects.requireNonNull(member);
        pinned = true;
        explanation = whyJson;
        return new TaskReassigned(householdId, id, choreId, choreName, date, previous, member, reason);
    }

    /**
     * The planner's assignment (null = nobody can); it also ends a pin. Returns what to announce: TaskAssigned for a
     * first assignee, TaskReassigned when it moved, nothing when it stays or goes to nobody.
     */
    public Optional<DomainEvent> plan(UUID member, String whyJson, ReassignReason reason) {
        if (!open() || Objects.equals(member, assigneeMemberId)) {
            return Optional.empty();
        }
        UUID previous = assigneeMemberId;
        assigneeMemberId = member;
        pinned = false;
        explanation = whyJson;
        if (member == null) {
            return Optional.empty();
        }
        if (previous == null) {
            return Optional.of(new TaskAssigned(householdId, id, choreId, choreName, date, dueAt, weight, member));
        }
        return Optional.of(new TaskReassigned(householdId, id, choreId, choreName, date, previous, member,
                reason == null ? ReassignReason.REGENERATED : reason));
    }

    /** An open occurrence follows its chore's name, weight and due time; a done one is history. */
    public void follow(String choreName, int weight, Instant dueAt) {
        if (open()) {
            this.choreName = choreName;
            this.weight = weight;
            this.dueAt = dueAt;
        }
    }

    /** Flagged overdue once; announced to its assignee, if it has one. */
    public Optional<TaskOverdue> markOverdue(Instant at) {
        if (overdueAt != null || !open()) {
            return Optional.empty();
        }
        overdueAt = at;
        return assigneeMemberId == null ? Optional.empty()
                : Optional.of(new TaskOverdue(householdId, id, choreId, choreName, date, dueAt, assigneeMemberId));
    }

    /**
     * The maintenance cycle was done outside the rotation (marked done in inventory): an open task for a cycle due
     * before {@code nextDue} (or any, when there is no next one) is to be removed, without a completion.
     */
    public boolean closedByMaintenance(LocalDate nextDue) {
        return open() && origin == Origin.MAINTENANCE && (nextDue == null || externalDue.isBefore(nextDue));
    }

    /** A maintenance task has no chore: anyone in the household may do it. */
    public boolean choreless() {
        return origin == Origin.MAINTENANCE;
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** Open with its due time passed. */
    public boolean overdue(Instant now) {
        return open() && !now.isBefore(dueAt);
    }

    public boolean heldBy(UUID member) {
        return member != null && member.equals(assigneeMemberId);
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public UUID choreId() {
        return choreId;
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

    public int weight() {
        return weight;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public UUID assigneeMemberId() {
        return assigneeMemberId;
    }

    public boolean pinned() {
        return pinned;
    }

    public Status status() {
        return status;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public UUID completedBy() {
        return completedBy;
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    public Origin origin() {
        return origin;
    }

    public String externalRef() {
        return externalRef;
    }

    public LocalDate externalDue() {
        return externalDue;
    }

    public String explanation() {
        return explanation;
    }
}
