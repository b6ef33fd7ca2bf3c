package jp.kajimaru.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.kajimaru.events.EventJson;
import org.springframework.stereotype.Component;

/**
 * Posts one message to one webhook: Slack/Mattermost incoming-webhook JSON ({@code {"text": …}}), or generic JSON
 * signed with HMAC-SHA256 over {@code "<timestamp>.<body>"} ({@code X-Kajimaru-Timestamp}, {@code X-Kajimaru-Signature:
 * sha256=<hex>}). Short timeouts: a slow receiver fails this attempt, not the others.
 */
@Component
public class WebhookPoster {

    /** What a webhook receives about one message. */
    public record Post(String id, String kind, String title, String body, String householdId, String memberId,
                       String memberName, String createdAt, String link) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final EventJson json = new EventJson();
    private final Clock clock;

    WebhookPoster(Clock clock) {
        this.clock = clock;
    }

    /** @throws WebhookFailed when the receiver cannot be reached or does not answer 2xx */
    public int post(Webhook webhook, Post post) {
        String body = switch (webhook.format()) {
            case SLACK -> json.writeString(Map.of("text", "*" + post.title() + "*\n" + post.body()));
            case SIGNED_JSON -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", post.id());
                m.put("kind", post.kind());
                m.put("title", post.title());
                m.put("body", post.body());
                m.put("householdId", post.householdId());
                m.put("memberId", post.memberId());
                m.put("memberName", post.memberName());
                m.put("createdAt", post.createdAt());
                m.put("link", post.link());
                yield json.writeString(m);
            }
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "Kajimaru-Notifications")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (webhook.format() == Webhook.Format.SIGNED_JSON) {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            request.header("X-Kajimaru-Timestamp", timestamp)
                    .header("X-Kajimaru-Signature", "sha256=" + sign(webhook.secret(), timestamp + "." + body));
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new WebhookFailed("HTTP " + response.statusCode(), response.statusCode());
            }
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new WebhookFailed(unreachable(e), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookFailed("interrupted", 0);
        }
    }

    /** Hex HMAC-SHA256 of {@code data} with {@code secret}: what a receiver recomputes to check a post. */
    public static String sign(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A post that did not arrive. */
    public static class WebhookFailed extends RuntimeException {
        private final int status;

        WebhookFailed(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** What an admin can act on, in words: the receiver's address, not our exception classes. */
    static String unreachable(java.io.IOException e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "the receiver did not answer in time";
        }
        if (e instanceof java.net.ConnectException) {
            return "the receiver refused the connection";
        }
        if (e instanceof java.net.UnknownHostException || e.getCause() instanceof java.net.UnknownHostException) {
            return "the receiver's host name is unknown";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "the receiver's TLS connection failed";
        }
        return "the receiver could not be reached";
    }
}
