package jp.kajimaru.notification.inbox;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.notification.message.Kind;
import jp.kajimaru.notification.message.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a message into a member's inbox, once per member and cause ({@code dedupeKey}: the event id, or the reminder);
 * the open streams hear of it after the transaction commits.
 */
@Service
public class Notifier {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** @return the new message, or empty when this member already has the message for this cause */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Notification> send(UUID householdId, UUID memberId, Kind kind, Text text, String link, String dedupeKey) {
        if (notifications.existsByMemberIdAndDedupeKey(memberId, dedupeKey)) {
            return Optional.empty();
        }
        Notification n = notifications.saveAndFlush(
                new Notification(householdId, memberId, kind, text, link, dedupeKey, clock.instant()));
        events.publishEvent(new NotificationCreated(householdId, memberId));
        return Optional.of(n);
    }
}
