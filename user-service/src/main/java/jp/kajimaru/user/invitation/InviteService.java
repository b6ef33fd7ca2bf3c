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
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.problem.TooManyRequestsException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.beans.factory.annotation.Value;
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
    public List<InviteView> list(CurrentMember caller) {
        caller.requireAdmin();
        return invites.findByHouseholdIdOrderByCreatedAtDesc(caller.householdId()).stream().map(InviteView::of).toList();
    }

    /**
     * A new code. Drawn until it is not taken; two households drawing the same unused code in the same instant (odds
     * about 10^-8) would meet the unique key, and the later one gets a 409 to try again.
     */
    @Transactional
    public InviteView create(CurrentMember caller, InviteRequest r) {
        caller.requireAdmin();
        Instant now = clock.instant();
        if (invites.countUsable(caller.householdId(), now) >= MAX_USABLE_PER_HOUSEHOLD) {
            throw new ConflictException(null, "The household already has " + MAX_USABLE_PER_HOUSEHOLD
                    + " usable invite codes; revoke one first.");
        }
        String code;
        do {
            code = String.format("%08d", RANDOM.nextInt(100_000_000));
        } while (invites.existsByCode(code));
        Invite invite = Invite.issue(caller.householdId(), code, r.role() == null ? MemberRole.MEMBER : r.role(),
                caller.memberId(), now, Duration.ofHours(r.expiresInHours() == null ? 24 : r.expiresInHours()),
                r.maxUses() == null ? 1 : r.maxUses());
        return InviteView.of(invites.saveAndFlush(invite));
    }

    @Transactional
    public void revoke(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        Invite invite = invites.findForUpdate(id, caller.householdId()).orElseThrow(() -> new NotFoundException("Invite"));
        invite.revoke(clock.instant());
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
            throw Invite.invalid();
        }
        invite.use(now);
        return members.add(invite.householdId(), r.displayName(), null, invite.role(), "other", "default", "#4C8BF5",
                r.email(), r.password());
    }
}
