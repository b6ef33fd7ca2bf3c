package jp.kajimaru.user.member;

import java.util.Locale;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;

/** A person in a household; only adults and teens may have a login ({@code userId}). */
public record Member(UUID id, UUID householdId, UUID userId, String displayName, String nickname, MemberRole role,
                     String relation, String avatar, String colour) {

    /** The key that makes display names unique per household regardless of case. */
    public String displayNameKey() {
        return displayName.strip().toLowerCase(Locale.ROOT);
    }
}
