package jp.kajimaru.user.invitation;

import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;

public record Invite(UUID id, UUID householdId, String code, MemberRole role, Instant createdAt, Instant expiresAt,
                     int maxUses, int uses, Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && uses < maxUses;
    }
}
