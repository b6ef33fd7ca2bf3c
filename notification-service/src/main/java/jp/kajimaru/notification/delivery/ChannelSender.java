package jp.kajimaru.notification.delivery;

import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.inbox.Notification;
import jp.kajimaru.notification.message.Channel;

/**
 * One way out of the service (e-mail, webhook). Each delivery is attempted on its own: a channel that throws fails
 * only that delivery, which is retried later; the other channels go on.
 */
public interface ChannelSender {

    Channel channel();

    /** Whether this channel can send at all here (e.g. an SMTP host is configured). */
    default boolean enabled() {
        return true;
    }

    /** @throws RuntimeException when the message did not get out (the attempt is logged and retried) */
    void send(Delivery delivery, Notification message, Member recipient);
}
