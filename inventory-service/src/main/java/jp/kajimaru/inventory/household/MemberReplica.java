package jp.kajimaru.inventory.household;

import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.web.security.MemberDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member replica and the {@link MemberDirectory} it makes possible: requests follow the member as they are now
 * (a demoted admin cannot delete, a removed member gets 401). A member not met yet keeps what the token says.
 */
@Service
public class MemberReplica implements MemberDirectory {

    private final MemberRepository members;

    MemberReplica(MemberRepository members) {
        this.members = members;
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

    @Transactional
    public void upsert(UUID householdId, UUID memberId, String role, Instant at) {
        members.findByIdAndHouseholdId(memberId, householdId).ifPresentOrElse(m -> m.update(role, true, at),
                () -> members.save(new Member(memberId, householdId, role == null ? "MEMBER" : role, true, at)));
    }

    @Transactional
    public void remove(UUID householdId, UUID memberId, Instant at) {
        members.findByIdAndHouseholdId(memberId, householdId).ifPresentOrElse(m -> m.update(null, false, at),
                () -> members.save(new Member(memberId, householdId, "MEMBER", false, at)));
    }
}
