package jp.kajimaru.notification.delivery;

import java.util.List;

import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.inbox.InboxService;
import jp.kajimaru.notification.inbox.Notification;
import jp.kajimaru.notification.message.Channel;
import org.springframework.stereotype.Component;

/**
 * The in-app inbox as a channel: delivering lists the message in the member's inbox (unread count, open streams).
 * Attempted right after the message's commit; should listing fail, it is retried like any delivery while e-mail and
 * webhooks go on.
 */
@Component
class InAppSender implements ChannelSender {

    private final InboxService inbox;

    InAppSender(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public boolean immediate() {
        return true;
    }

    @Override
    public List<Target> plan(Planned p) {
        return p.preferences().wants(p.message().kind(), Channel.IN_APP)
                ? List.of(new Target(p.message().memberId().toString(), p.now())) : List.of();
    }

    @Override
    public void send(Delivery delivery, Notification message, Member recipient) {
        inbox.list(message);
    }
}
