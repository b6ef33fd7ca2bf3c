package jp.kajimaru.events.user;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** Carries the whole profile after the change, so consumers replace their copy instead of merging. */
public record MemberUpdated(
        UUID householdId,
        UUID memberId,
        String displayName,
        String nickname,
        MemberRole role,
        boolean hasLogin,
        String avatar,
        String colour) implements DomainEvent {
}
