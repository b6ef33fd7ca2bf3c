package jp.kajimaru.user.member;

import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;

/** A member as the API shows it: never the PIN hash, only whether there is one and whether it is locked. */
public record MemberView(UUID id, String displayName, String nickname, MemberRole role, String relation, String avatar,
                         String colour, boolean hasLogin, boolean hasPin, Instant lockedUntil, Instant busyFrom,
                         Instant busyUntil, boolean busy) {

    public static MemberView of(Member m, Instant now) {
        return new MemberView(m.id(), m.displayName(), m.nickname(), m.role(), m.relation(), m.avatar(), m.colour(),
                m.userId() != null, m.hasPin(), m.pinLockedAt(now) ? m.pin().lockedUntil() : null,
                m.busyFrom(), m.busyUntil(), m.busyAt(now));
    }
}
