package jp.kajimaru.notification.webhook;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Household webhooks (admins only). The secret is in the answer to create and rotate, never in a list. */
@RestController
@RequestMapping("/api/notifications/webhooks")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    List<WebhookView> list() {
        return webhooks.list(CurrentMember.get());
    }

    @PostMapping
    ResponseEntity<WebhookView> create(@Valid @RequestBody WebhookRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(webhooks.create(CurrentMember.get(), request));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        webhooks.delete(CurrentMember.get(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rotate-secret")
    WebhookView rotate(@PathVariable UUID id) {
        return webhooks.rotateSecret(CurrentMember.get(), id);
    }

    @PostMapping("/{id}/test")
    Map<String, Object> test(@PathVariable UUID id) {
        return webhooks.test(CurrentMember.get(), id, "Kajimaru test / テスト送信",
                "This is a test message from Kajimaru. / かじまるからのテスト送信です。");
    }
}
