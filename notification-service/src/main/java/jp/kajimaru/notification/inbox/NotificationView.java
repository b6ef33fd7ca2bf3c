package jp.kajimaru.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/** A message as the API and the stream show it. */
public record NotificationView(UUID id, long seq, String kind, String title, String body, String link, Instant createdAt,
                               Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.seq(), n.kind().name(), n.title(), n.body(), n.link(), n.createdAt(), n.readAt());
    }
}
