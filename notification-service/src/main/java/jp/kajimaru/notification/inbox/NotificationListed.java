package jp.kajimaru.notification.inbox;

import java.util.UUID;

/** In-process signal: a message was listed in a member's inbox; open streams send it once the transaction commits. */
public record NotificationListed(UUID householdId, UUID memberId, long seq) {
}
