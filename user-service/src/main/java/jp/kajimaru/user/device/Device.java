package jp.kajimaru.user.device;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A browser an admin registered as the household's shared device (共通端末), known by the hash of its secret. Its
 * name is never edited; "last seen" and "revoked" are written column by column (no lost update between the two), so
 * it needs no {@code @Version}.
 */
@Entity
@Table(name = "devices")
@DynamicUpdate
public class Device {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Device() {
    }

    Device(UUID householdId, String name, String secretHash, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.name = name.strip();
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void seen(Instant now) {
        lastSeenAt = now;
    }

    /** No longer a shared device; its member sessions end with it (the caller revokes them). */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean revoked() {
        return revokedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
