package jp.kajimaru.user.member;

import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;

/**
 * A person in a household. Adults and teens may have their own login ({@code userId}); anyone may have
 * a PIN for the shared device. Busy from {@code busyFrom} until {@code busyUntil} (open-ended if null).
 */
public record Member(UUID id, UUID householdId, UUID userId, String displayName, String nickname, MemberRole role,
                     String relation, String avatar, String colour, String pinHash, PinRules.State pin,
                     Instant busyFrom, Instant busyUntil) {

    public static Member create(UUID householdId, UUID userId, String displayName, String nickname, MemberRole role,
                                String relation, String avatar, String colour) {
        return new Member(UUID.randomUUID(), householdId, userId, displayName.strip(), blankToNull(nickname), role,
                relation, avatar, colour, null, PinRules.CLEAR, null, null);
    }

    /** The key that makes display names unique per household regardless of case. */
    public String displayNameKey() {
        return displayNameKey(displayName);
    }

    public static String displayNameKey(String name) {
        return DisplayNames.key(name);
    }

    public boolean busyAt(Instant now) {
        return busyFrom != null && !now.isBefore(busyFrom) && (busyUntil == null || now.isBefore(busyUntil));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
