package jp.kajimaru.notification.webhook;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.notification.message.Kind;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A household's webhooks, managed by its admins. */
@Service
public class WebhookService {

    static final int MAX_PER_HOUSEHOLD = 10;

    private final WebhookRepository webhooks;
    private final WebhookPoster poster;
    private final Clock clock;

    WebhookService(WebhookRepository webhooks, WebhookPoster poster, Clock clock) {
        this.webhooks = webhooks;
        this.poster = poster;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WebhookView> list(CurrentMember caller) {
        caller.requireAdmin();
        return webhooks.findByHouseholdIdOrderByCreatedAt(caller.householdId()).stream().map(w -> WebhookView.of(w, null)).toList();
    }

    @Transactional
    public WebhookView create(CurrentMember caller, WebhookRequest r) {
        caller.requireAdmin();
        URI url = validUrl(r.url());
        List<Kind> kinds = kinds(r.kinds());
        if (webhooks.countByHouseholdId(caller.householdId()) >= MAX_PER_HOUSEHOLD) {
            throw new ConflictException("url", "A household can have at most " + MAX_PER_HOUSEHOLD + " webhooks.");
        }
        Webhook w = webhooks.save(new Webhook(caller.householdId(), url.toString(), "slack".equals(r.format())
                ? Webhook.Format.SLACK : Webhook.Format.SIGNED_JSON, kinds, clock.instant()));
        return WebhookView.of(w, w.secret());
    }

    @Transactional
    public void delete(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        webhooks.delete(find(caller, id));
    }

    @Transactional
    public WebhookView rotateSecret(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        Webhook w = find(caller, id);
        String secret = w.rotateSecret();
        return WebhookView.of(w, secret);
    }

    /** Posts a test message now and says how it went (nothing is retried). */
    @Transactional(readOnly = true)
    public Map<String, Object> test(CurrentMember caller, UUID id, String title, String body) {
        caller.requireAdmin();
        Webhook w = find(caller, id);
        try {
            int status = poster.post(w, new WebhookPoster.Post("test-" + UUID.randomUUID(), "TEST", title, body,
                    caller.householdId().toString(), caller.memberId() == null ? null : caller.memberId().toString(), null,
                    clock.instant().toString(), null));
            return Map.of("delivered", true, "status", status);
        } catch (WebhookPoster.WebhookFailed e) {
            return Map.of("delivered", false, "status", e.status(), "error", e.getMessage());
        }
    }

    /** The webhooks of a household that want a kind (for the delivery planner). */
    @Transactional(readOnly = true)
    public List<Webhook> wanting(UUID householdId, Kind kind) {
        return webhooks.findByHouseholdIdOrderByCreatedAt(householdId).stream().filter(w -> w.wants(kind)).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Webhook> find(UUID householdId, UUID id) {
        return webhooks.findByIdAndHouseholdId(id, householdId);
    }

    private Webhook find(CurrentMember caller, UUID id) {
        return webhooks.findByIdAndHouseholdId(id, caller.householdId()).orElseThrow(() -> new NotFoundException("Webhook"));
    }

    private static URI validUrl(String raw) {
        try {
            URI url = new URI(raw.strip());
            if (!("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))
                    || url.getHost() == null || url.getUserInfo() != null) {
                throw new InvalidFieldException("url", "notif.webhookUrl", "The address must be an http(s) URL.");
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidFieldException("url", "notif.webhookUrl", "The address must be an http(s) URL.");
        }
    }

    private static List<Kind> kinds(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().map(k -> Arrays.stream(Kind.values()).filter(x -> x.name().equals(k)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("kinds", "notif.kind", "Unknown kind: " + k))).toList();
    }
}
