package jp.kajimaru.user.member;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.user.account.UserAccounts;
import jp.kajimaru.user.token.RefreshTokens;
import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.LockedException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of the caller's household: profiles, roles, PINs and busy periods, each change announced. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final UserAccounts accounts;
    private final PasswordEncoder hasher;
    private final OutboxWriter outbox;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    MemberService(MemberRepository members, UserAccounts accounts, PasswordEncoder hasher, OutboxWriter outbox,
                  RefreshTokens refreshTokens, Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.hasher = hasher;
        this.outbox = outbox;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MemberView> list(CurrentMember caller) {
        Instant now = clock.instant();
        return members.inHousehold(caller.householdId()).stream().map(m -> MemberView.of(m, now)).toList();
    }

    @Transactional(readOnly = true)
    public MemberView get(CurrentMember caller, UUID id) {
        return MemberView.of(load(caller.householdId(), id), clock.instant());
    }

    @Transactional
    public MemberView create(CurrentMember caller, MemberRequest r) {
        caller.requireAdmin();
        return MemberView.of(add(caller.householdId(), r.displayName(), r.nickname(), r.role(), r.relation(), r.avatar(),
                r.colour(), r.email(), r.password()), clock.instant());
    }

    /** Adds a member (with a login when e-mail and password are given); used by admins and by invite codes. */
    @Transactional
    public Member add(UUID householdId, String displayName, String nickname, MemberRole role, String relation,
                          String avatar, String colour, String email, String password) {
        String name = DisplayNames.checked("displayName", displayName);
        if (members.nameTaken(householdId, name, null)) {
            throw nameTaken();
        }
        Instant now = clock.instant();
        UUID userId = null;
        if (email != null && !email.isBlank()) {
            if (password == null || password.isBlank()) {
                throw new InvalidFieldException("password", "password.tooShort", "A login needs a password.");
            }
            userId = accounts.create(email, password, now);
        }
        Member m = Member.create(householdId, userId, name, nickname, role, or(relation, "other"),
                or(avatar, "default"), or(colour, "#4C8BF5"));
        try {
            members.insert(m, now);
        } catch (DuplicateKeyException raced) {
            // A concurrent request took the name between the check and the insert: the same answer as the check.
            throw nameTaken();
        }
        outbox.publish(m.id().toString(), new MemberJoined(householdId, m.id(), m.displayName(), m.nickname(), m.role(),
                userId != null, m.avatar(), m.colour()));
        return m;
    }

    @Transactional
    public MemberView update(CurrentMember caller, UUID id, MemberPatch p) {
        Member m = load(caller.householdId(), id);
        boolean self = id.equals(caller.memberId());
        if (!caller.isAdmin() && !(self && p.onlyPersonalTouches())) {
            throw new ForbiddenException("Only an admin can change this.");
        }
        String name = p.displayName() == null ? m.displayName() : DisplayNames.checked("displayName", p.displayName());
        if (p.displayName() != null && members.nameTaken(caller.householdId(), name, id)) {
            throw nameTaken();
        }
        if (p.role() != null && m.role() == MemberRole.ADMIN && p.role() != MemberRole.ADMIN
                && members.adminCount(caller.householdId()) <= 1) {
            throw new ConflictException("role", "The household needs at least one admin.");
        }
        Member changed = new Member(m.id(), m.householdId(), m.userId(), name,
                p.nickname() != null ? Member.blankToNull(p.nickname()) : m.nickname(), or(p.role(), m.role()),
                or(p.relation(), m.relation()), or(p.avatar(), m.avatar()), or(p.colour(), m.colour()), m.pinHash(),
                m.pin(), m.busyFrom(), m.busyUntil());
        try {
            members.updateProfile(changed);
        } catch (DuplicateKeyException raced) {
            throw nameTaken();
        }
        if (changed.role().compareTo(m.role()) > 0) {
            // Demoted: sessions carrying the old role end; requests already follow the current role.
            refreshTokens.revokeMember(m.householdId(), id);
        }
        outbox.publish(id.toString(), new MemberUpdated(m.householdId(), id, changed.displayName(), changed.nickname(),
                changed.role(), changed.userId() != null, changed.avatar(), changed.colour()));
        return MemberView.of(changed, clock.instant());
    }

    @Transactional
    public void remove(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        Member m = load(caller.householdId(), id);
        if (m.role() == MemberRole.ADMIN && members.adminCount(caller.householdId()) <= 1) {
            throw new ConflictException("id", "The household needs at least one admin.");
        }
        members.delete(caller.householdId(), id);
        refreshTokens.revokeMember(caller.householdId(), id);
        if (m.userId() != null && members.findByUser(m.userId()).isEmpty()) {
            // The login goes with the member, so the e-mail address can sign up or be invited again.
            accounts.delete(m.userId());
        }
        outbox.publish(id.toString(), new MemberRemoved(caller.householdId(), id));
    }

    /**
     * Sets a PIN. A member changing their own PIN gives the current one (if any); an admin setting
     * someone else's resets it, which also lifts a lock.
     */
    @Transactional
    public void setPin(CurrentMember caller, UUID id, PinRequest r) {
        Member m = members.findForUpdate(caller.householdId(), id).orElseThrow(() -> new NotFoundException("Member"));
        boolean self = id.equals(caller.memberId());
        if (!self && !caller.isAdmin()) {
            throw new ForbiddenException("Only an admin can reset someone else's PIN.");
        }
        if (self && m.pinHash() != null && !caller.isAdmin()) {
            verify(m, r.currentPin(), "currentPin");
        }
        members.updatePin(caller.householdId(), id, hasher.encode(r.pin()), PinRules.CLEAR);
    }

    /** Checks a PIN typed on the shared device; counts failures and locks, in the caller's transaction. */
    @Transactional(noRollbackFor = {InvalidFieldException.class, LockedException.class})
    public Member verifyPin(UUID householdId, UUID memberId, String pin) {
        Member m = members.findForUpdate(householdId, memberId).orElseThrow(() -> new NotFoundException("Member"));
        if (m.pinHash() == null) {
            throw new InvalidFieldException("memberId", "pin.notSet", "This member has no PIN yet.");
        }
        verify(m, pin, "pin");
        return m;
    }

    private void verify(Member m, String pin, String field) {
        Instant now = clock.instant();
        PinRules.State state = m.pin().at(now);
        if (state.lockedAt(now)) {
            throw new LockedException("Too many wrong PINs; try again later.", state.lockedUntil());
        }
        if (pin != null && m.pinHash() != null && hasher.matches(pin, m.pinHash())) {
            members.updatePinState(m.householdId(), m.id(), PinRules.CLEAR);
            return;
        }
        PinRules.State failed = state.failed(now);
        members.updatePinState(m.householdId(), m.id(), failed);
        if (failed.lockedAt(now)) {
            throw new LockedException("Too many wrong PINs; try again later.", failed.lockedUntil());
        }
        throw new InvalidFieldException(field, "pin.wrong", "Wrong PIN. Attempts left: " + failed.remainingAttempts());
    }

    @Transactional
    public MemberView setBusy(CurrentMember caller, UUID id, BusyRequest r) {
        Member m = mayManage(caller, id);
        Instant now = clock.instant();
        Instant from = r.checkedFrom(now);
        members.updateBusy(caller.householdId(), id, from, r.until());
        outbox.publish(id.toString(), new MemberBusyChanged(caller.householdId(), id, true, from, r.until()));
        return MemberView.of(new Member(m.id(), m.householdId(), m.userId(), m.displayName(), m.nickname(), m.role(),
                m.relation(), m.avatar(), m.colour(), m.pinHash(), m.pin(), from, r.until()), now);
    }

    @Transactional
    public MemberView clearBusy(CurrentMember caller, UUID id) {
        Member m = mayManage(caller, id);
        members.updateBusy(caller.householdId(), id, null, null);
        outbox.publish(id.toString(), new MemberBusyChanged(caller.householdId(), id, false, null, null));
        return MemberView.of(new Member(m.id(), m.householdId(), m.userId(), m.displayName(), m.nickname(), m.role(),
                m.relation(), m.avatar(), m.colour(), m.pinHash(), m.pin(), null, null), clock.instant());
    }

    private Member mayManage(CurrentMember caller, UUID id) {
        Member m = load(caller.householdId(), id);
        if (!id.equals(caller.memberId()) && !caller.isAdmin()) {
            throw new ForbiddenException("Only an admin can change someone else's busy period.");
        }
        return m;
    }

    private static ConflictException nameTaken() {
        return new ConflictException("displayName", "Someone in the household already has this name.");
    }

    private Member load(UUID householdId, UUID id) {
        return members.find(householdId, id).orElseThrow(() -> new NotFoundException("Member"));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
