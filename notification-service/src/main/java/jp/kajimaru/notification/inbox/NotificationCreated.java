package jp.kajimaru.notification.inbox;

import java.util.UUID;

/** In-process signal: a member's inbox grew (the streams read what is new once the transaction has committed). */
record NotificationCreated(UUID householdId, UUID memberId) {
}
