package jp.kajimaru.user.member;

import java.util.UUID;

import jp.kajimaru.web.security.MemberDirectory;
import org.springframework.stereotype.Component;

/** user-service owns the members: one it does not find has been removed (or never was). */
@Component
class MemberTable implements MemberDirectory {

    private final MemberRepository members;

    MemberTable(MemberRepository members) {
        this.members = members;
    }

    @Override
    public Membership lookup(UUID householdId, UUID memberId) {
        if (memberId == null) {
            return Membership.removed();
        }
        return members.find(householdId, memberId).map(m -> Membership.active(m.role().name())).orElse(Membership.removed());
    }
}
