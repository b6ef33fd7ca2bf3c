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
import jp.kajimaru.user.throttle.KeyedLimits;
import jp.kajimaru.user.throttle.SlidingWindowLimit;
import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.problem.TooManyRequestsException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invite codes: 8 digits from a secure random source, expiring (24 h by default, a week at most), limited uses
 * (1 by default), revocable. Guessing is kept infeasible without letting anyone lock others out:
 * <ul>
 *   <li>a client (an IPv4 address or an IPv6 /64) may fail 20 joins an hour here (the gateway also allows it
 *       10 attempts a minute); once over, only that client waits, even with a right code;</li>
 *   <li>a household holds at most 5 usable codes, i.e. 5 of the 10^8 codes;</li>
 *   <li>as a backstop, 3000 failed joins an hour from all clients together; one client, at 20, cannot reach
 *       it — it takes 150 different networks.</li>
 * </ul>
 * So one client hits a given household's codes with odds of at most 20 × 5 / 10^8 = 10^-6 an hour, and all
 * clients together at most 3000 × 5 / 10^8 = 1.5 × 10^-4 an hour (about 0.4 % over a code's default day).
 */
@Service
public class InviteService {

    static final int MAX_USABLE_PER_HOUSEHOLD = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InviteRepository invites;
    private final MemberService members;
    private final Clock clock;
    private final KeyedLimits failedJoinsPerClient;
    private final SlidingWindowLimit failedJoinsInTotal;

    InviteService(InviteRepository invites, MemberService members, Clock clock,
                  @Value("${kajimaru.invites.max-failed-joins-per-address-per-hour:20}") int perClient,
                  @Value("${kajimaru.invites.max-failed-joins-per-hour:3000}") int inTotal) {
        this.invites = invites;
        this.members = members;
        this.clock = clock;
        this.failedJoinsPerClient = new KeyedLimits(perClient, Duration.ofHours(1), 100_000);
        this.failedJoinsInTotal = new SlidingWindowLimit(inTotal, Duration.ofHours(1));
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
        while (true) {
            String code = String.format("%08d", RANDOM.nextInt(100_000_000));
            if (invites.codeExists(code)) {
                continue;
            }
            Invite invite = new Invite(UUID.randomUUID(), caller.householdId(), code,
                    r.role() == null ? MemberRole.MEMBER : r.role(), now,
                    now.plus(Duration.ofHours(r.expiresInHours() == null ? 24 : r.expiresInHours())),
                    r.maxUses() == null ? 1 : r.maxUses(), 0, null);
            try {
                invites.insert(invite, caller.memberId());
                return invite;
            } catch (DuplicateKeyException raced) {
                // Another household drew the same code at the same moment: draw again.
            }
        }
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
    public Member join(JoinRequest r, String client) {
        Instant now = clock.instant();
        failedJoinsPerClient.waitBefore(client, now).or(() -> failedJoinsInTotal.waitBefore(now)).ifPresent(wait -> {
            throw new TooManyRequestsException("Too many wrong invite codes; try again later.", wait);
        });
        Invite invite = invites.findByCodeForUpdate(r.code()).filter(i -> i.usableAt(now)).orElse(null);
        if (invite == null) {
            failedJoinsPerClient.record(client, now);
            failedJoinsInTotal.record(now);
            throw new InvalidFieldException("code", "invite.invalid", "This code is wrong, expired or used up.");
        }
        invites.countUse(invite.id());
        return members.add(invite.householdId(), r.displayName(), null, invite.role(), "other", "default", "#4C8BF5",
                r.email(), r.password());
    }
}
