package jp.kajimaru.notification.household;

import java.util.UUID;

import jp.kajimaru.web.security.MemberDirectory;
import org.springframework.stereotype.Component;

/** A removed member or a demoted admin loses their powers here as soon as user-service's event arrives. */
@Component
class MemberReplicaDirectory implements MemberDirectory {

    private final MemberRepository members;

    MemberReplicaDirectory(MemberRepository members) {
        this.members = members;
    }

    @Override
    public Membership lookup(UUID householdId, UUID memberId) {
        if (memberId == null) {
            return Membership.unknown();
        }
        return members.findByIdAndHouseholdId(memberId, householdId)
                .map(m -> m.active() ? Membership.active(m.role()) : Membership.removed())
                .orElse(Membership.unknown());
    }
}
