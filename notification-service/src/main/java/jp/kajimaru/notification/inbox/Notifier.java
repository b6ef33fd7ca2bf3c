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
 * Writes a message for a member, once per member and cause ({@code dedupeKey}: the event id, or the reminder). Every
 * channel — the inbox included — plans its deliveries from {@link NotificationCreated} in the same transaction; the
 * inbox's delivery lists it right after the commit, and open streams hear of it then.
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
        events.publishEvent(new NotificationCreated(n.id(), householdId, memberId, kind));
        return Optional.of(n);
    }

    /**
     * The member's messages of a period, oldest first, that a daily digest sums up: every kind that is
     * {@link Kind#digestible()}, written in [{@code from}, {@code until}).
     */
    @Transactional(readOnly = true)
    public java.util.List<Notification> digestible(UUID householdId, UUID memberId, java.time.Instant from, java.time.Instant until) {
        return notifications.findByHouseholdIdAndMemberIdAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderBySeqAsc(
                householdId, memberId, from, until).stream().filter(n -> n.kind().digestible()).toList();
    }

    /** A message for a channel to deliver. */
    @Transactional(readOnly = true)
    public Optional<Notification> find(UUID householdId, UUID id) {
        return notifications.findByIdAndHouseholdId(id, householdId);
    }
}
