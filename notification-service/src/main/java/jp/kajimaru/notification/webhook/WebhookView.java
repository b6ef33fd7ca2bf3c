package jp.kajimaru.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A webhook as the API shows it; {@code secret} only in the answer that created or rotated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, String url, String format, List<String> kinds, Instant createdAt, String secret) {

    static WebhookView of(Webhook w, String secret) {
        return new WebhookView(w.id(), w.url(), w.format() == Webhook.Format.SLACK ? "slack" : "signed-json", w.kinds(),
                w.createdAt(), secret);
    }
}
