package jp.kajimaru.notification.announce;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who asked (for a substitute, for a shopping approval): the outcome events do not say, but the asker must hear it. */
@Entity
@Table(name = "requests")
class PendingRequest {

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(nullable = false)
    private String kind;
    @Column(name = "requester_member_id")
    private UUID requesterMemberId;
    private String subject;
    @Column(name = "task_id")
    private UUID taskId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PendingRequest() {
    }

    PendingRequest(UUID id, UUID householdId, String kind, UUID requester, String subject, UUID taskId, Instant at) {
        this.id = id;
        this.householdId = householdId;
        this.kind = kind;
        this.requesterMemberId = requester;
        this.subject = subject;
        this.taskId = taskId;
        this.createdAt = at;
    }

    Requests.Request view() {
        return new Requests.Request(id, kind, requesterMemberId, subject, taskId);
    }
}
