package jp.kajimaru.user.member;

import java.util.UUID;

import jp.kajimaru.web.security.MemberDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** user-service owns the members: one it does not find has been removed (or never was). One small query a request. */
@Component
class MemberTable implements MemberDirectory {

    private final MemberRepository members;

    MemberTable(MemberRepository members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public Membership lookup(UUID householdId, UUID memberId) {
        if (memberId == null || householdId == null) {
            return Membership.removed();
        }
        return members.findRole(memberId, householdId).map(role -> Membership.active(role.name()))
                .orElse(Membership.removed());
    }
}
