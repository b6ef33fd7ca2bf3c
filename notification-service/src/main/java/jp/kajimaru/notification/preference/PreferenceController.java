package jp.kajimaru.notification.preference;

import jakarta.validation.Valid;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notification settings. */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferenceController {

    private final PreferenceService preferences;

    PreferenceController(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    PreferencesView get() {
        return preferences.get(CurrentMember.get());
    }

    @PutMapping
    PreferencesView put(@Valid @RequestBody PreferencesView request) {
        return preferences.update(CurrentMember.get(), request);
    }
}
