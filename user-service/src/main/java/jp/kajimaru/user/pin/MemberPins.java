package jp.kajimaru.user.pin;

import java.time.Clock;
import java.util.UUID;

import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.LockedException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.member.MemberRepository;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' PINs for the shared device: setting one, and checking one typed on the device. The rules (five wrong in a
 * row lock for 15 minutes, an expired lock starts the count again, a right PIN or an admin's reset clears it) are
 * {@link Member#verifyPin} and {@code PinRules}; here the row is locked so that concurrent attempts count one by one,
 * and the count is committed even when the attempt is refused.
 */
@Service
public class MemberPins {

    private final MemberRepository members;
    private final PasswordEncoder hasher;
    private final Clock clock;

    MemberPins(MemberRepository members, PasswordEncoder hasher, Clock clock) {
        this.members = members;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Sets a PIN. A member changing their own PIN gives the current one (if any); an admin setting
     * someone else's resets it, which also lifts a lock.
     */
    @Transactional
    public void setPin(CurrentMember caller, UUID id, PinRequest r) {
        Member m = lock(caller.householdId(), id);
        boolean self = id.equals(caller.memberId());
        if (!self && !caller.isAdmin()) {
            throw new ForbiddenException("Only an admin can reset someone else's PIN.");
        }
        if (self && m.hasPin() && !caller.isAdmin()) {
            m.verifyPin(r.currentPin(), hasher::matches, clock.instant(), "currentPin");
        }
        m.setPin(hasher.encode(r.pin()));
    }

    /** Checks a PIN typed on the shared device; counts failures and locks, committed even when it throws. */
    @Transactional(noRollbackFor = {InvalidFieldException.class, LockedException.class})
    public Member verify(UUID householdId, UUID memberId, String pin) {
        Member m = lock(householdId, memberId);
        if (!m.hasPin()) {
            throw new InvalidFieldException("memberId", "pin.notSet", "This member has no PIN yet.");
        }
        m.verifyPin(pin, hasher::matches, clock.instant(), "pin");
        return m;
    }

    private Member lock(UUID householdId, UUID id) {
        return members.findForUpdate(id, householdId).orElseThrow(() -> new NotFoundException("Member"));
    }
}
