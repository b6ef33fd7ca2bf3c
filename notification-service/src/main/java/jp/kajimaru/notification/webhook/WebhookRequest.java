package jp.kajimaru.notification.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new webhook: {@code format} "slack" or "signed-json"; {@code kinds} empty or absent = every kind. */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotBlank @Pattern(regexp = "slack|signed-json") String format,
        @Size(max = 40) List<String> kinds) {
}
