package jp.kajimaru.events.user;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * A member was added to the household.
 *
 * @param email the member's e-mail address (their login's), or {@code null} when the member has none — or when the
 *              producer predates the field: it was added to version 1 as an optional field, see
 *              {@code docs/adr/0009-member-joined-email.md}. Consumers that do not send mail ignore it.
 */
public record MemberJoined(
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
    public MemberJoined(UUID householdId, UUID memberId, String displayName, String nickname, MemberRole role,
                        boolean hasLogin, String avatar, String colour) {
        this(householdId, memberId, displayName, nickname, role, hasLogin, avatar, colour, null);
    }
}
