package jp.kajimaru.rotation.substitute;

import java.time.Instant;
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
import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.SubstituteAccepted;
import jp.kajimaru.events.rotation.SubstituteClosed;
import jp.kajimaru.events.rotation.SubstituteRequested;
import jp.kajimaru.rotation.task.Task;

/**
 * 代役: a member's request to have someone else do one of their open tasks. It moves from OPEN exactly once: to
 * ACCEPTED (the first eligible taker), WITHDRAWN (by who asked or an admin), EXPIRED (the task fell due) or CLOSED
 * (the task was done, removed or moved to someone else).
 */
@Entity
@Table(name = "substitute_requests")
public class SubstituteRequest {

    public enum Status { OPEN, ACCEPTED, WITHDRAWN, EXPIRED, CLOSED }

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "task_id", nullable = false)
    private UUID taskId;

    @Column(name = "requester_member_id", nullable = false)
    private UUID requesterMemberId;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "substitute_member_id")
    private UUID substituteMemberId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private Long version;

    protected SubstituteRequest() {
    }

    private SubstituteRequest(UUID id, Task task, UUID requester, String note, Instant now) {
        this.id = id;
        this.householdId = task.householdId();
        this.taskId = task.id();
        this.requesterMemberId = requester;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.status = Status.OPEN;
        this.createdAt = now;
        this.expiresAt = task.dueAt();
    }

    /**
     * The assignee asks for someone to take {@code task}: it must be open and not yet due, with no other open request.
     * The request expires when the task falls due.
     */
    public static SubstituteRequest ask(Task task, UUID requester, String note, Instant now, boolean alreadyAsked) {
        if (!task.heldBy(requester)) {
            throw new ForbiddenException("Only the assignee can ask for a substitute.");
        }
        if (!task.open() || !task.dueAt().isAfter(now)) {
            throw new ConflictException("taskId", "Only an open task that is not yet due can be handed over.");
        }
        if (alreadyAsked) {
            throw new ConflictException("taskId", "There is already an open request for this task.");
        }
        return new SubstituteRequest(UUID.randomUUID(), task, requester, note, now);
    }

    public SubstituteRequested requested(Task task) {
        return new SubstituteRequested(householdId, id, taskId, task.choreName(), task.date(), requesterMemberId, note,
                expiresAt);
    }

    /** Nobody takes over their own task. */
    public void checkTaker(UUID taker) {
        if (requesterMemberId.equals(taker)) {
            throw new ConflictException("id", "You cannot take over your own task.");
        }
    }

    /** The first accept wins: only an open request that has not expired moves on. */
    public SubstituteAccepted accept(UUID taker, Instant now) {
        checkTaker(taker);
        if (status != Status.OPEN || !expiresAt.isAfter(now)) {
            throw new ConflictException("id", "Someone else was quicker, or the request is no longer open.");
        }
        status = Status.ACCEPTED;
        substituteMemberId = Objects.requireNonNull(taker);
        closedAt = now;
        return new SubstituteAccepted(householdId, id, taskId, requesterMemberId, taker);
    }

    /** Who asked (or an admin) takes the request back while it is open. */
    public SubstituteClosed withdraw(UUID by, boolean admin, Instant now) {
        if (!requesterMemberId.equals(by) && !admin) {
            throw new ForbiddenException("Only who asked (or an admin) can withdraw the request.");
        }
        return close(Status.WITHDRAWN, CloseReason.WITHDRAWN, now)
                .orElseThrow(() -> new ConflictException("id", "The request is no longer open."));
    }

    /** The task was done, removed or moved ({@code TASK_DONE}, {@code TASK_REMOVED}); nothing if no longer open. */
    public Optional<SubstituteClosed> closeBecause(CloseReason reason, Instant now) {
        return close(reason == CloseReason.EXPIRED ? Status.EXPIRED : Status.CLOSED, reason, now);
    }

    /** The task fell due before anyone took it. */
    public Optional<SubstituteClosed> expire(Instant now) {
        if (expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        return close(Status.EXPIRED, CloseReason.EXPIRED, now);
    }

    private Optional<SubstituteClosed> close(Status to, CloseReason reason, Instant now) {
        if (status != Status.OPEN) {
            return Optional.empty();
        }
        status = to;
        closedAt = now;
        return Optional.of(new SubstituteClosed(householdId, id, taskId, reason));
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

    public UUID requesterMemberId() {
        return requesterMemberId;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public UUID substituteMemberId() {
        return substituteMemberId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
