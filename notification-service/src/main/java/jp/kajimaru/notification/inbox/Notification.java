package jp.kajimaru.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kajimaru.messaging.jpa.AssignedIdEntity;
import jp.kajimaru.notification.message.Kind;
import jp.kajimaru.notification.message.Text;
import org.hibernate.annotations.Generated;

/** One message in one member's in-app inbox. {@code seq} (set by the database) orders it and names it on the stream. */
@Entity
@Table(name = "notifications")
public class Notification extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;
    @Generated
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(name = "member_id", nullable = false)
    private UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    private String link;
    @Column(name = "dedupe_key", nullable = false)
    private String dedupeKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "in_app", nullable = false)
    private boolean inApp;

    protected Notification() {
    }

    Notification(UUID householdId, UUID memberId, Kind kind, Text text, String link, String dedupeKey, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.memberId = memberId;
        this.kind = kind;
        this.title = cut(text.title(), 300);
        this.body = cut(text.body(), 2000);
        this.link = link;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
        markNew();
    }

    /**
     * Listed in the member's inbox (the in-app channel delivered it). Until then, or never when the member switched
     * the kind off there, it is only the message the other channels deliver.
     *
     * @return whether it was not listed before
     */
    boolean list() {
        if (inApp) {
            return false;
        }
        inApp = true;
        return true;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Marking twice keeps the first time. */
    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public Long seq() {
        return seq;
    }

    public UUID householdId() {
        return householdId;
    }

    public UUID memberId() {
        return memberId;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean inApp() {
        return inApp;
    }
}
