package jp.kajimaru.events.user;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * Carries the whole profile after the change, so consumers replace their copy instead of merging.
 *
 * @param email the member's login e-mail address at the time of the change, or {@code null} when the member has no
 *              login — or when the producer predates the field: it was added to version 1 as an optional field, like
 *              {@link MemberJoined#email()}, see {@code docs/adr/0014-member-updated-email.md}. A consumer keeps the
 *              address it knows when this is {@code null}.
 */
public record MemberUpdated(
        UUID householdId,
        UUID memberId,
        String displayName,
        String nickname,
        MemberRole role,
        boolean hasLogin,
        String avatar,
        String colour,
        String email) implements DomainEvent {

    /** The payload as it was before {@code email}: no address known. */
    public MemberUpdated(UUID householdId, UUID memberId, String displayName, String nickname, MemberRole role,
                         boolean hasLogin, String avatar, String colour) {
        this(householdId, memberId, displayName, nickname, role, hasLogin, avatar, colour, null);
    }
}
