package jp.kajimaru.events.user;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** A member was added to the household. */
public record MemberJoined(
        UUID householdId,
        UUID memberId,
        String displayName,
        String nickname,
        MemberRole role,
        boolean hasLogin,
        String avatar,
        String colour) implements DomainEvent {
}
