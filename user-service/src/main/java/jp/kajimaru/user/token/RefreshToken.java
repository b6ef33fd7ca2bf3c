package jp.kajimaru.user.token;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One refresh token (a session), stored as the SHA-256 hash of its value. Single use: {@link #use} rotates it. No
 * {@code @Version}: only its holder uses it, under a row lock, and revocations are set-wise updates of
 * {@code revoked_at} that never clear anything.
 */
@Entity
@Table(name = "refresh_tokens")
@DynamicUpdate
public class RefreshToken {

    /** What presenting a token comes to. */
    public enum Use {
        /** Live: now used up; the caller issues the next one. */
        ROTATED,
        /** Already used up by a rotation: someone else holds a copy (theft); the whole family must end. */
        REPLAYED,
        /** Expired, or revoked otherwise (logout, demotion, removal, device revoked): simply refused. */
        REFUSED
    }

    @Id
    private UUID id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "device_id")
    private UUID deviceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected RefreshToken() {
    }

    RefreshToken(String tokenHash, UUID userId, UUID memberId, UUID householdId, UUID deviceId, Instant now,
                 Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.memberId = memberId;
        this.householdId = householdId;
        this.deviceId = deviceId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Presents the token at {@code now}: a live one is used up (revoked and marked replaced), see {@link Use}. */
    public Use use(Instant now) {
        if (replacedAt != null) {
            return Use.REPLAYED;
        }
        if (!liveAt(now)) {
            return Use.REFUSED;
        }
        revokedAt = now;
        replacedAt = now;
        return Use.ROTATED;
    }

    public boolean liveAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** The session as the application sees it. */
    public RefreshTokens.Session session() {
        return new RefreshTokens.Session(id, userId, memberId, householdId, deviceId, createdAt, expiresAt);
    }

    UUID userId() {
        return userId;
    }

    UUID memberId() {
        return memberId;
    }

    UUID householdId() {
        return householdId;
    }

    UUID deviceId() {
        return deviceId;
    }
}
