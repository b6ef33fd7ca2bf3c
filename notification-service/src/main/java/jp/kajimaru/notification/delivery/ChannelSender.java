package jp.kajimaru.notification.delivery;

import java.time.Instant;
import java.util.List;

import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.inbox.Notification;
import jp.kajimaru.notification.inbox.NotificationCreated;
import jp.kajimaru.notification.message.Channel;
import jp.kajimaru.notification.preference.Preferences;

/**
 * One way out of the service (the in-app inbox, e-mail, a household webhook). For each new message every channel says
 * where it goes ({@link #plan}); each target becomes a delivery of its own, attempted on its own: a channel that throws
 * fails only that delivery, which is retried later with backoff; the other channels go on.
 */
public interface ChannelSender {

    Channel channel();

    /** Whether this channel can send at all here (e.g. an SMTP host is configured). */
    default boolean enabled() {
        return true;
    }

    /**
     * Whether this channel's deliveries are attempted as soon as the message's transaction commits (the inbox: the open
     * streams should show it at once) rather than by the next round of the delivery schedule.
     */
    default boolean immediate() {
        return false;
    }

    /** A new message and what its recipient chose. */
    record Planned(NotificationCreated message, Preferences preferences, Instant now) {
    }

    /** One delivery on this channel: to {@code target}, not before {@code notBefore}. */
    record Target(String target, Instant notBefore) {
    }

    /** Where the message goes on this channel, in the transaction that wrote it; empty: not on this channel. */
    List<Target> plan(Planned planned);

    /** @throws RuntimeException when the message did not get out (the attempt is logged and retried) */
    void send(Delivery delivery, Notification message, Member recipient);
}
