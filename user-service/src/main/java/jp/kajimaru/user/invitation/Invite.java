package jp.kajimaru.user.invitation;

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
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.user.MemberRole;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * An invite code: usable until it expires, is used up ({@code maxUses}) or revoked. Uses are counted under a row lock
 * (see {@code InviteRepository#findByCodeForUpdate}) and do not count as an edit for {@code @Version}: a join does
 * not spoil an admin's revocation.
 */
@Entity
@Table(name = "invites")
@DynamicUpdate
public class Invite {

    static final String INVALID = "This code is wrong, expired or used up.";

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(nullable = false, length = 8)
    private String code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private MemberRole role;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "max_uses", nullable = false)
    private int maxUses;

    @OptimisticLock(excluded = true)
    @Column(nullable = false)
    private int uses;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Invite() {
    }

    private Invite(UUID householdId, String code, MemberRole role, UUID createdBy, Instant now, Duration validity,
                   int maxUses) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.code = code;
        this.role = role;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
        this.maxUses = maxUses;
    }

    /** A new code joining as {@code role}, valid for {@code validity} from {@code now}, for {@code maxUses} joins. */
    public static Invite issue(UUID householdId, String code, MemberRole role, UUID createdBy, Instant now,
                               Duration validity, int maxUses) {
        if (maxUses < 1) {
            throw new IllegalArgumentException("An invite is good for at least one join");
        }
        return new Invite(householdId, code, role, createdBy, now, validity, maxUses);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && uses < maxUses;
    }

    /** One join: counts a use of a usable code; a wrong, expired, used-up or revoked one is a 400 on {@code code}. */
    public void use(Instant now) {
        if (!usableAt(now)) {
            throw invalid();
        }
        uses++;
    }

    static InvalidFieldException invalid() {
        return new InvalidFieldException("code", "invite.invalid", INVALID);
    }

    /** Revoked from now on; revoking again keeps the first time. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String code() {
        return code;
    }

    public MemberRole role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int maxUses() {
        return maxUses;
    }

    public int uses() {
        return uses;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
