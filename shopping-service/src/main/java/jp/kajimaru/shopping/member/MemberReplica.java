package jp.kajimaru.shopping.member;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jp.kajimaru.web.security.MemberDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows user-service's member events and answers {@link MemberDirectory} from them: a demoted admin cannot approve
 * and a removed member is refused as soon as the event arrives. A member not met yet keeps what the token says.
 */
@Service
public class MemberReplica implements MemberDirectory {

    private final HouseholdMemberRepository members;

    MemberReplica(HouseholdMemberRepository members) {
        this.members = members;
    }

    @Transactional
    public void announce(UUID householdId, UUID memberId, String role, Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        members.findByIdAndHouseholdId(memberId, householdId).ifPresentOrElse(
                m -> m.announce(role, when),
                () -> members.save(HouseholdMember.joined(memberId, householdId, role, when)));
    }

    @Transactional
    public void remove(UUID householdId, UUID memberId, Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        HouseholdMember m = members.findByIdAndHouseholdId(memberId, householdId)
                .orElseGet(() -> members.save(HouseholdMember.joined(memberId, householdId, "MEMBER", when)));
        m.leave(when);
    }

    @Override
    @Transactional(readOnly = true)
    public Membership lookup(UUID householdId, UUID memberId) {
        if (memberId == null) {
            return Membership.unknown();
        }
        return members.findByIdAndHouseholdId(memberId, householdId)
                .map(m -> m.active() ? Membership.active(m.role()) : Membership.removed())
                .orElse(Membership.unknown());
    }
}
