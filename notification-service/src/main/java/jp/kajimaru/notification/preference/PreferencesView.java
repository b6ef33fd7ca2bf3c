package jp.kajimaru.notification.preference;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the settings page shows and sends: the e-mail address and, per kind, the channels it goes to.
 * {@code channels} maps a kind (TASK_ASSIGNED, …) to {IN_APP: bool, EMAIL: bool}; quiet hours (both or neither, "HH:mm",
 * in the household's zone) hold e-mail until they end. {@code dailyDigest}: one e-mail a day at the household's digest
 * time instead of one per message (absent in a request: unchanged). {@code accountEmail} (read-only) is the login address
 * user-service announced; e-mail goes there while {@code email} is empty.
 */
public record PreferencesView(
        @Email @Size(max = 320) String email,
        @NotNull @Valid Map<String, Map<String, Boolean>> channels,
        List<String> kinds,
        LocalTime quietFrom,
        LocalTime quietUntil,
        Boolean dailyDigest,
        String accountEmail) {
}
