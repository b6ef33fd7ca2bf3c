package jp.kajimaru.user.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.user.household.Household;
import jp.kajimaru.user.household.HouseholdService;
import jp.kajimaru.user.login.UserAccounts;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.member.MemberService;
import jp.kajimaru.user.token.RefreshTokens;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up, password login and the sessions around them. Sign-up is one transaction: login, household, admin member,
 * and the two events in that order (the password hashed before it).
 */
@Service
public class AccountService {

    public record Signed(UUID userId, Member member) {
    }

    /** A refreshed session: who it is for, and on which shared device (if any). */
    public record Refreshed(UUID userId, Member member, UUID deviceId) {
    }

    private final UserAccounts accounts;
    private final HouseholdService households;
    private final MemberService members;
    private final RefreshTokens refreshTokens;
    private final OutboxWriter outbox;
    private final LoginLimits loginLimits;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    AccountService(UserAccounts accounts, HouseholdService households, MemberService members,
                   RefreshTokens refreshTokens, OutboxWriter outbox, LoginLimits loginLimits, Clock clock,
                   PlatformTransactionManager transactions) {
        this.inTransaction = new TransactionTemplate(transactions);
        this.accounts = accounts;
        this.loginLimits = loginLimits;
        this.households = households;
        this.members = members;
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The password is checked and hashed first, outside the transaction (see {@link UserAccounts#prepare}). */
    public Signed signup(SignupRequest request) {
        UserAccounts.NewLogin login = accounts.prepare(request.email(), request.password());
        return inTransaction.execute(status -> {
            Instant now = clock.instant();
            UUID userId = accounts.create(login, now);
            Household household = households.found(request.householdName(), request.locale(), now);
            Member admin = members.addFounder(household.id(), userId, request.displayName(), now);
            outbox.publish(household.id().toString(), household.created(admin.id()));
            outbox.publish(admin.id().toString(), admin.joined(login.email()));
            return new Signed(userId, admin);
        });
    }

    /**
     * The member behind an e-mail and password; empty for any mismatch, without saying which part was wrong. No
     * transaction around it: the hash check holds no connection (the reads are their own).
     */
    public Optional<Signed> login(LoginRequest request) {
        return accounts.authenticate(request.email(), request.password())
                .flatMap(userId -> members.ofUser(userId).map(m -> new Signed(userId, m)));
    }

    /** Uses up a refresh token; the session's member as they are now, if the token and the member are both live. */
    @Transactional
    public Optional<Refreshed> refresh(String token) {
        return refreshTokens.consume(token).flatMap(s -> members.find(s.householdId(), s.memberId())
                .map(m -> new Refreshed(s.userId(), m, s.deviceId())));
    }

    @Transactional(readOnly = true)
    public Member me(CurrentMember caller) {
        return members.find(caller.householdId(), caller.memberId()).orElseThrow(() -> new NotFoundException("Member"));
    }

    /** The caller's login address (normalised); none on a shared device's session. */
    @Transactional(readOnly = true)
    public Optional<String> email(CurrentMember caller, Member member) {
        return caller.onDevice() || member.userId() == null ? Optional.empty() : accounts.email(member.userId());
    }

    /**
     * The caller moves their own login to another address, proving it with the current password; the change is
     * announced as {@code MemberUpdated} carrying the new address (ADR 0014) in the same transaction. Not from a
     * shared device, not for a child. Wrong passwords count towards the same limit as at login (address and client).
     */
    @Transactional
    public String changeEmail(CurrentMember caller, EmailChangeRequest request, String client) {
        if (caller.onDevice()) {
            throw new ForbiddenException("A shared device cannot change a login's e-mail address.");
        }
        Member member = me(caller);
        member.requireOwnLoginChange();
        String current = accounts.email(member.userId()).orElseThrow(() -> new NotFoundException("Login"));
        loginLimits.check(current, client);
        if (!accounts.passwordMatches(member.userId(), request.currentPassword())) {
            loginLimits.failed(current, client);
            throw new InvalidFieldException("currentPassword", "password.wrong", "The current password is wrong.");
        }
        String changed = accounts.changeEmail(member.userId(), request.email());
        outbox.publish(member.id().toString(), member.updated(changed));
        return changed;
    }

    /** The caller's live sessions (the caller's login's, in their household). */
    @Transactional(readOnly = true)
    public List<RefreshTokens.Session> sessions(CurrentMember caller) {
        return refreshTokens.liveSessionsOf(caller.householdId(), userOf(caller));
    }

    @Transactional
    public void revokeSession(CurrentMember caller, UUID sessionId) {
        if (!refreshTokens.revokeSession(caller.householdId(), userOf(caller), sessionId)) {
            throw new NotFoundException("Session");
        }
    }

    private UUID userOf(CurrentMember caller) {
        return members.find(caller.householdId(), caller.memberId()).map(Member::userId)
                .orElseThrow(() -> new NotFoundException("Session"));
    }
}
