package jp.kajimaru.rotation.household;

import java.util.UUID;

import jp.kajimaru.web.security.MemberDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The replica follows user-service's MemberUpdated and MemberRemoved, so a demoted admin or a removed member loses
 * their powers here as soon as the event arrives. A member the replica has not met yet keeps what the token says.
 */
@Component
class MemberReplicaDirectory implements MemberDirectory {

    private final MemberRepository members;

    MemberReplicaDirectory(MemberRepository members) {
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
}
