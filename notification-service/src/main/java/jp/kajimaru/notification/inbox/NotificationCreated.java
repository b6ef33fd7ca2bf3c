package jp.kajimaru.notification.inbox;

import java.util.UUID;

import jp.kajimaru.notification.message.Kind;

/**
 * In-process signal, inside the transaction that wrote the message: the other channels plan their deliveries from
 * it, and the open streams read what is new once the transaction has committed.
 */
public record NotificationCreated(UUID notificationId, UUID householdId, UUID memberId, Kind kind) {
}
