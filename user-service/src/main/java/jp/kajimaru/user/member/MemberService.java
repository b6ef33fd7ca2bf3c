package jp.kajimaru.user.member;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.user.login.UserAccounts;
import jp.kajimaru.user.token.RefreshTokens;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of the caller's household: profiles, roles and busy periods, each change announced. PINs: {@code pin}. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final UserAccounts accounts;
    private final OutboxWriter outbox;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    MemberService(MemberRepository members, UserAccounts accounts, OutboxWriter outbox, RefreshTokens refreshTokens,
                  Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.outbox = outbox;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MemberView> list(CurrentMember caller) {
        Instant now = clock.instant();
        return members.findByHouseholdIdOrderByCreatedAt(caller.householdId()).stream()
                .map(m -> MemberView.of(m, now)).toList();
    }

    /** The whole household in one query (e.g. the shared device's board). */
    @Transactional(readOnly = true)
    public List<Member> inHousehold(UUID householdId) {
        return members.findByHouseholdIdOrderByCreatedAt(householdId);
    }

    @Transactional(readOnly = true)
    public MemberView get(CurrentMember caller, UUID id) {
        return MemberView.of(load(caller.householdId(), id), clock.instant());
    }

    /** The member, if they (still) belong to the household. */
    @Transactional(readOnly = true)
    public Optional<Member> find(UUID householdId, UUID id) {
        return members.findByIdAndHouseholdId(id, householdId);
    }

    /** The member behind a login (see {@link MemberRepository#findFirstByUserIdOrderByCreatedAt}). */
    @Transactional(readOnly = true)
    public Optional<Member> ofUser(UUID userId) {
        return members.findFirstByUserIdOrderByCreatedAt(userId);
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
        if (members.existsByHouseholdIdAndDisplayNameKey(householdId, DisplayNames.key(name))) {
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
                or(avatar, "default"), or(colour, "#4C8BF5"), now);
        saveChecked(m);
        outbox.publish(m.id().toString(), m.joined(userId == null ? null : UserAccounts.normalize(email)));
        return m;
    }

    /** The founding admin of a new household; its announcement follows the household's (the caller publishes both). */
    @Transactional
    public Member addFounder(UUID householdId, UUID userId, String displayName, Instant now) {
        Member admin = Member.create(householdId, userId, DisplayNames.checked("displayName", displayName), null,
                MemberRole.ADMIN, "self", "default", "#E4572E", now);
        return members.save(admin);
    }

    @Transactional
    public MemberView update(CurrentMember caller, UUID id, MemberPatch p) {
        Member m = load(caller.householdId(), id);
        boolean self = id.equals(caller.memberId());
        if (!caller.isAdmin() && !(self && p.onlyPersonalTouches())) {
            throw new ForbiddenException("Only an admin can change this.");
        }
        String name = p.displayName() == null ? null : DisplayNames.checked("displayName", p.displayName());
        if (name != null && members.existsByHouseholdIdAndDisplayNameKeyAndIdNot(caller.householdId(),
                DisplayNames.key(name), id)) {
            throw nameTaken();
        }
        MemberRole before = m.role();
        m.change(name, p.nickname(), p.role(), p.relation(), p.avatar(), p.colour(),
                p.role() != null && before == MemberRole.ADMIN ? adminCount(caller.householdId()) : Long.MAX_VALUE);
        saveChecked(m);
        if (m.demotedFrom(before)) {
            // Demoted: sessions carrying the old role end; requests already follow the current role.
            refreshTokens.revokeMember(m.householdId(), id);
        }
        // The whole profile, login address included (ADR 0014): notification-service's replica sends e-mail there.
        MemberUpdated updated = m.updated(m.userId() == null ? null : accounts.email(m.userId()).orElse(null));
        outbox.publish(id.toString(), updated);
        return MemberView.of(m, clock.instant());
    }

    @Transactional
    public void remove(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        Member m = load(caller.householdId(), id);
        var removed = m.remove(m.role() == MemberRole.ADMIN ? adminCount(caller.householdId()) : Long.MAX_VALUE);
        members.delete(m);
        members.flush();
        refreshTokens.revokeMember(caller.householdId(), id);
        if (m.userId() != null && !members.existsByUserId(m.userId())) {
            // The login goes with the member, so the e-mail address can sign up or be invited again.
            accounts.delete(m.userId());
        }
        outbox.publish(id.toString(), removed);
    }

    @Transactional
    public MemberView setBusy(CurrentMember caller, UUID id, BusyRequest r) {
        Member m = mayManage(caller, id);
        Instant now = clock.instant();
        Instant from = r.checkedFrom(now);
        var changed = m.busyFrom(from, r.until());
        members.saveAndFlush(m);
        outbox.publish(id.toString(), changed);
        return MemberView.of(m, now);
    }

    @Transactional
    public MemberView clearBusy(CurrentMember caller, UUID id) {
        Member m = mayManage(caller, id);
        var changed = m.notBusy();
        members.saveAndFlush(m);
        outbox.publish(id.toString(), changed);
        return MemberView.of(m, clock.instant());
    }

    private Member mayManage(CurrentMember caller, UUID id) {
        Member m = load(caller.householdId(), id);
        if (!id.equals(caller.memberId()) && !caller.isAdmin()) {
            throw new ForbiddenException("Only an admin can change someone else's busy period.");
        }
        return m;
    }

    /** Writes now, so that a name taken by a concurrent request gives the same answer as the check before. */
    private void saveChecked(Member m) {
        try {
            members.saveAndFlush(m);
        } catch (DataIntegrityViolationException raced) {
            throw nameTaken();
        }
    }

    private long adminCount(UUID householdId) {
        return members.countByHouseholdIdAndRole(householdId, MemberRole.ADMIN);
    }

    private static ConflictException nameTaken() {
        return new ConflictException("displayName", "Someone in the household already has this name.");
    }

    private Member load(UUID householdId, UUID id) {
        return members.findByIdAndHouseholdId(id, householdId).orElseThrow(() -> new NotFoundException("Member"));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
