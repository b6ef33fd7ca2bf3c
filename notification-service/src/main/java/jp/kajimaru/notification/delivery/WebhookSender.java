package jp.kajimaru.notification.delivery;

import java.util.List;
import java.util.UUID;

import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.inbox.Notification;
import jp.kajimaru.notification.message.Channel;
import jp.kajimaru.notification.webhook.WebhookPoster;
import jp.kajimaru.notification.webhook.WebhookService;
import org.springframework.stereotype.Component;

/** A household webhook (the delivery's target is the webhook's id; a deleted webhook gives the delivery up). */
@Component
class WebhookSender implements ChannelSender {

    private final WebhookService webhooks;
    private final WebhookPoster poster;

    WebhookSender(WebhookService webhooks, WebhookPoster poster) {
        this.webhooks = webhooks;
        this.poster = poster;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    /** Every household webhook that wants the kind. */
    @Override
    public List<Target> plan(Planned p) {
        return webhooks.wanting(p.message().householdId(), p.message().kind()).stream()
                .map(w -> new Target(w.id().toString(), p.now())).toList();
    }

    @Override
    public void send(Delivery delivery, Notification message, Member recipient) {
        var webhook = webhooks.find(delivery.householdId(), UUID.fromString(delivery.target()))
                .orElseThrow(() -> new GoneException("the webhook was deleted"));
        poster.post(webhook, new WebhookPoster.Post(message.id().toString(), message.kind().name(), message.title(),
                message.body(), message.householdId().toString(), message.memberId().toString(),
                recipient == null ? null : recipient.displayName(), message.createdAt().toString(), message.link()));
    }

    /** Retrying cannot help. */
    static class GoneException extends RuntimeException {
        GoneException(String message) {
            super(message);
        }
    }
}
