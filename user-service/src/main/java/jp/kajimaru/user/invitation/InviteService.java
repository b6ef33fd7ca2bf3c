package jp.kajimaru.user.invitation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.user.member.MemberService;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.web.problem.ConflictException;
import jp.kajimaru.web.problem.InvalidFieldException;
import jp.kajimaru.web.problem.NotFoundException;
import jp.kajimaru.web.problem.TooManyRequestsException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invite codes: 8 digits from a secure random source, expiring (24 h by default), limited uses (1 by
 * default), revocable. Guessing is made infeasible by three limits together: the gateway allows a client
 * 10 join attempts a minute, this service allows 300 failed joins an hour in total, and a household may
 * hold at most 5 usable codes — so a guesser finds one of 10^8 codes with odds of about 5 × 300 / 10^8
 * per hour, while each code lives a day.
 */
@Service
public class InviteService {

    static final int MAX_USABLE_PER_HOUSEHOLD = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InviteRepository invites;
    private final MemberService members;
    private final Clock clock;
    private final SlidingWindowLimit failedJoins;

    InviteService(InviteRepository invites, MemberService members, Clock clock,
                  @Value("${kajimaru.invites.max-failed-joins-per-hour:300}") int maxFailedJoinsPerHour) {
        this.invites = invites;
        this.members = members;
        this.clock = clock;
        this.failedJoins = new SlidingWindowLimit(maxFailedJoinsPerHour, Duration.ofHours(1));
    }

    @Transactional(readOnly = true)
    public List<Invite> list(CurrentMember caller) {
        caller.requireAdmin();
        return invites.inHousehold(caller.householdId());
    }

    @Transactional
    public Invite create(CurrentMember caller, InviteRequest r) {
        caller.requireAdmin();
        Instant now = clock.instant();
        if (invites.usableCount(caller.householdId(), now) >= MAX_USABLE_PER_HOUSEHOLD) {
            throw new ConflictException(null, "The household already has " + MAX_USABLE_PER_HOUSEHOLD
                    + " usable invite codes; revoke one first.");
        }
        String code;
        do {
            code = String.format("%08d", RANDOM.nextInt(100_000_000));
        } while (invites.codeExists(code));
        Invite invite = new Invite(UUID.randomUUID(), caller.householdId(), code,
                r.role() == null ? MemberRole.MEMBER : r.role(), now,
                now.plus(Duration.ofHours(r.expiresInHours() == null ? 24 : r.expiresInHours())),
                r.maxUses() == null ? 1 : r.maxUses(), 0, null);
        invites.insert(invite, caller.memberId());
        return invite;
    }

    @Transactional
    public void revoke(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        if (!invites.revoke(caller.householdId(), id, clock.instant())) {
            throw new NotFoundException("Invite");
        }
    }

    /** Creates the new member (with their login) in the code's household and uses the code up. */
    @Transactional(noRollbackFor = TooManyRequestsException.class)
    public Member join(JoinRequest r) {
        Instant now = clock.instant();
        failedJoins.waitBefore(now).ifPresent(wait -> {
            throw new TooManyRequestsException("Too many wrong invite codes; try again later.", wait);
        });
        Invite invite = invites.findByCodeForUpdate(r.code()).filter(i -> i.usableAt(now)).orElse(null);
        if (invite == null) {
            failedJoins.record(now);
            throw new InvalidFieldException("code", "invite.invalid", "This code is wrong, expired or used up.");
        }
        invites.countUse(invite.id());
        return members.add(invite.householdId(), r.displayName(), null, invite.role(), "other", "default", "#4C8BF5",
                r.email(), r.password());
    }
}
