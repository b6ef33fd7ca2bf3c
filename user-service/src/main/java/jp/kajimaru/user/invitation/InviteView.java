package jp.kajimaru.user.invitation;

import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;

/** An invite code as the API shows it to the household's admins. */
public record InviteView(UUID id, UUID householdId, String code, MemberRole role, Instant createdAt, Instant expiresAt,
                         int maxUses, int uses, Instant revokedAt) {

    static InviteView of(Invite i) {
        return new InviteView(i.id(), i.householdId(), i.code(), i.role(), i.createdAt(), i.expiresAt(), i.maxUses(),
                i.uses(), i.revokedAt());
    }
}
