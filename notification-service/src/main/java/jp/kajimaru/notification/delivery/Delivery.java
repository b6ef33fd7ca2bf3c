package jp.kajimaru.notification.delivery;

import java.time.Duration;
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
import jp.kajimaru.notification.message.Channel;
import jp.kajimaru.notification.message.Kind;

/**
 * One message on one channel to one target (an e-mail address, a webhook), with its attempts: retried with
 * exponential backoff, given up after {@code maxAttempts}.
 */
@Entity
@Table(name = "deliveries")
public class Delivery extends AssignedIdEntity<UUID> {

    public enum Status { PENDING, SENT, GAVE_UP }

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(name = "notification_id", nullable = false)
    private UUID notificationId;
    @Column(name = "member_id", nullable = false)
    private UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;
    @Column(nullable = false)
    private String target;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private long version;

    protected Delivery() {
    }

    Delivery(UUID householdId, UUID notificationId, UUID memberId, Channel channel, String target, Kind kind, Instant now,
             Instant notBefore) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.notificationId = notificationId;
        this.memberId = memberId;
        this.channel = channel;
        this.target = target;
        this.kind = kind;
        this.status = Status.PENDING;
        this.nextAttemptAt = notBefore;
        this.createdAt = now;
        markNew();
    }

    void sent(Instant at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    /** A failed attempt: the next one after base × 2^(attempts-1) (capped), or none after the last. */
    void failed(String error, Instant at, Duration base, Duration cap, int maxAttempts) {
        attempts++;
        lastError = error == null ? "error" : (error.length() > 500 ? error.substring(0, 500) : error);
        if (attempts >= maxAttempts) {
            status = Status.GAVE_UP;
            return;
        }
        Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = at.plus(wait.compareTo(cap) > 0 ? cap : wait);
    }

    void gaveUp(String reason) {
        status = Status.GAVE_UP;
        lastError = reason;
    }

    public UUID id() { return id; }
    @Override public UUID getId() { return id; }
    public UUID householdId() { return householdId; }
    public UUID notificationId() { return notificationId; }
    public UUID memberId() { return memberId; }
    public Channel channel() { return channel; }
    public String target() { return target; }
    public Kind kind() { return kind; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant sentAt() { return sentAt; }
}
