package jp.kajimaru.user.member;

import java.time.Instant;
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
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.LockedException;
import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * A person in a household. Adults and teens may have their own login ({@code userId}); anyone may have a PIN for
 * the shared device. Busy from {@code busyFrom} until {@code busyUntil} (open-ended if null).
 * <p>
 * Profile, role and busy period are versioned: of two admins editing from the same state, the later gets a 409. The
 * PIN state is not: it changes on every attempt at the shared device under a row lock ({@code findForUpdate}), and an
 * attempt on the tablet must not spoil an admin's edit of the profile. Updates write only the changed columns, so
 * neither side overwrites the other's columns.
 */
@Entity
@Table(name = "members")
@DynamicUpdate
public class Member {

    static final String NEEDS_AN_ADMIN = "The household needs at least one admin.";

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    /** The case-folded name: unique per household (database key), so names are unique case-insensitively. */
    @Column(name = "display_name_key", nullable = false, length = 50)
    private String displayNameKey;

    @Column(length = 50)
    private String nickname;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private MemberRole role;

    @Column(nullable = false, length = 20)
    private String relation;

    @Column(nullable = false, length = 20)
    private String avatar;

    @Column(nullable = false, length = 7)
    private String colour;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OptimisticLock(excluded = true)
    @Column(name = "pin_hash", length = 200)
    private String pinHash;

    @OptimisticLock(excluded = true)
    @Column(name = "failed_pin_attempts", nullable = false)
    private int failedPinAttempts;

    @OptimisticLock(excluded = true)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "busy_from")
    private Instant busyFrom;

    @Column(name = "busy_until")
    private Instant busyUntil;

    @Version
    private long version;

    protected Member() {
    }

    private Member(UUID id, UUID householdId, UUID userId, String displayName, String nickname, MemberRole role,
                   String relation, String avatar, String colour, Instant createdAt) {
        this.id = id;
        this.householdId = householdId;
        this.userId = userId;
        this.displayName = displayName;
        this.displayNameKey = DisplayNames.key(displayName);
        this.nickname = nickname;
        this.role = role;
        this.relation = relation;
        this.avatar = avatar;
        this.colour = colour;
        this.createdAt = createdAt;
    }

    /** A new member; {@code displayName} is checked with {@link DisplayNames#checked} by the caller. */
    public static Member create(UUID householdId, UUID userId, String displayName, String nickname, MemberRole role,
                                String relation, String avatar, String colour, Instant now) {
        return new Member(UUID.randomUUID(), householdId, userId, displayName.strip(), blankToNull(nickname), role,
                relation, avatar, colour, now);
    }

    public MemberJoined joined() {
        return joined(null);
    }

    /** The announcement with the member's login address, for notification-service's e-mail ({@code null}: none). */
    public MemberJoined joined(String email) {
        return new MemberJoined(householdId, id, displayName, nickname, role, userId != null, avatar, colour,
                userId == null ? null : email);
    }

    /**
     * Changes the profile (absent values stay). Demoting the last admin is refused: {@code adminsInHousehold} is how
     * many admins the household has now, this member included.
     */
    public MemberUpdated change(String newName, String newNickname, MemberRole newRole, String newRelation,
                                String newAvatar, String newColour, long adminsInHousehold) {
        if (newRole != null && role == MemberRole.ADMIN && newRole != MemberRole.ADMIN) {
            requireAnotherAdmin("role", adminsInHousehold);
        }
        if (newName != null) {
            displayName = newName.strip();
            displayNameKey = DisplayNames.key(displayName);
        }
        if (newNickname != null) {
            nickname = blankToNull(newNickname);
        }
        role = or(newRole, role);
        relation = or(newRelation, relation);
        avatar = or(newAvatar, avatar);
        colour = or(newColour, colour);
        return updated(null);
    }

    /** The profile as it is now, with the member's login address ({@code null}: none or not known here). */
    public MemberUpdated updated(String email) {
        return new MemberUpdated(householdId, id, displayName, nickname, role, userId != null, avatar, colour,
                userId == null ? null : email);
    }

    /**
     * The member changes their own login (its e-mail address): only a member with a login of their own, and not a
     * child (a child's login is the admins' to manage).
     */
    public void requireOwnLoginChange() {
        if (userId == null) {
            throw new ForbiddenException("This member has no login of their own.");
        }
        if (role == MemberRole.CHILD) {
            throw new ForbiddenException("A child's login is changed by an admin.");
        }
    }

    /** Whether {@code before} ranked higher than the member's role now (e.g. ADMIN to MEMBER). */
    public boolean demotedFrom(MemberRole before) {
        return role.compareTo(before) > 0;
    }

    /** Leaves the household; the last admin cannot ({@code adminsInHousehold} counts this member too). */
    public MemberRemoved remove(long adminsInHousehold) {
        if (role == MemberRole.ADMIN) {
            requireAnotherAdmin("id", adminsInHousehold);
        }
        return new MemberRemoved(householdId, id);
    }

    private static void requireAnotherAdmin(String field, long adminsInHousehold) {
        if (adminsInHousehold <= 1) {
            throw new ConflictException(field, NEEDS_AN_ADMIN);
        }
    }

    public MemberBusyChanged busyFrom(Instant from, Instant until) {
        busyFrom = from;
        busyUntil = until;
        return new MemberBusyChanged(householdId, id, true, from, until);
    }

    public MemberBusyChanged notBusy() {
        busyFrom = null;
        busyUntil = null;
        return new MemberBusyChanged(householdId, id, false, null, null);
    }

    public boolean busyAt(Instant now) {
        return busyFrom != null && !now.isBefore(busyFrom) && (busyUntil == null || now.isBefore(busyUntil));
    }

    // --- PIN ---------------------------------------------------------------------------------------------------

    /** Compares a typed PIN with the stored hash (the hashing algorithm is the application's business). */
    @FunctionalInterface
    public interface PinMatcher {
        boolean matches(String typed, String storedHash);
    }

    /** A new PIN (already hashed): any failure count and lock are gone. */
    public void setPin(String newPinHash) {
        pinHash = newPinHash;
        failedPinAttempts = PinRules.CLEAR.failures();
        lockedUntil = PinRules.CLEAR.lockedUntil();
    }

    /**
     * Checks a typed PIN by {@link PinRules}: while locked it is not even compared (423); a right one clears the
     * count; a wrong one counts, and the fifth in a row locks for 15 minutes (423), the others are a 400 on
     * {@code field} saying how many attempts are left. The caller commits the new count even when this throws.
     */
    public void verifyPin(String typed, PinMatcher matcher, Instant now, String field) {
        PinRules.State state = pin().at(now);
        if (state.lockedAt(now)) {
            throw locked(state);
        }
        if (typed != null && pinHash != null && matcher.matches(typed, pinHash)) {
            pin(PinRules.CLEAR);
            return;
        }
        PinRules.State failed = state.failed(now);
        pin(failed);
        if (failed.lockedAt(now)) {
            throw locked(failed);
        }
        throw new InvalidFieldException(field, "pin.wrong", "Wrong PIN. Attempts left: " + failed.remainingAttempts());
    }

    private static LockedException locked(PinRules.State state) {
        return new LockedException("Too many wrong PINs; try again later.", state.lockedUntil());
    }

    public PinRules.State pin() {
        return new PinRules.State(failedPinAttempts, lockedUntil);
    }

    private void pin(PinRules.State state) {
        failedPinAttempts = state.failures();
        lockedUntil = state.lockedUntil();
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    public boolean pinLockedAt(Instant now) {
        return pin().lockedAt(now);
    }

    // --- accessors ---------------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public UUID userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public String nickname() {
        return nickname;
    }

    public MemberRole role() {
        return role;
    }

    public String relation() {
        return relation;
    }

    public String avatar() {
        return avatar;
    }

    public String colour() {
        return colour;
    }

    public Instant busyFrom() {
        return busyFrom;
    }

    public Instant busyUntil() {
        return busyUntil;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
