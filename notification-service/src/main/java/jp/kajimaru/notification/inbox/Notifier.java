package jp.kajimaru.notification.inbox;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.notification.message.Channel;
import jp.kajimaru.notification.message.Kind;
import jp.kajimaru.notification.message.Text;
import jp.kajimaru.notification.preference.PreferenceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a message for a member, once per member and cause ({@code dedupeKey}: the event id, or the reminder). It is
 * listed in the inbox unless the member switched its kind off there; the other channels plan their deliveries from
 * {@link NotificationCreated} in the same transaction, and open streams hear of it after the commit.
 */
@Service
public class Notifier {

    private final NotificationRepository notifications;
    private final PreferenceService preferences;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(NotificationRepository notifications, PreferenceService preferences, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.events = events;
        this.clock = clock;
    }

    /** @return the new message, or empty when this member already has the message for this cause */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Notification> send(UUID householdId, UUID memberId, Kind kind, Text text, String link, String dedupeKey) {
        if (notifications.existsByMemberIdAndDedupeKey(memberId, dedupeKey)) {
            return Optional.empty();
        }
        Notification n = new Notification(householdId, memberId, kind, text, link, dedupeKey, clock.instant());
        if (!preferences.of(householdId, memberId).wants(kind, Channel.IN_APP)) {
            n.outOfInbox();
        }
        n = notifications.saveAndFlush(n);
        events.publishEvent(new NotificationCreated(n.id(), householdId, memberId, kind, n.inApp()));
        return Optional.of(n);
    }

    /** A message for a channel to deliver. */
    @Transactional(readOnly = true)
    public Optional<Notification> find(UUID householdId, UUID id) {
        return notifications.findByIdAndHouseholdId(id, householdId);
    }
}
