package jp.kajimaru.notification.household;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The household's notification settings: when the daily digests go out (admins change it, everyone may read it). */
@RestController
@RequestMapping("/api/notifications/household")
class HouseholdSettingsController {

    /** {@code digestTime} is a local time ("19:00") in the household's zone {@code timeZone} (read-only here). */
    record HouseholdSettings(@NotNull LocalTime digestTime, String timeZone) {
        static HouseholdSettings of(Household h) {
            return new HouseholdSettings(h.digestTime(), h.zone().getId());
        }
    }

    private final Directory directory;

    HouseholdSettingsController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping
    HouseholdSettings get() {
        return HouseholdSettings.of(directory.household(CurrentMember.get().householdId())
                .orElseThrow(() -> new NotFoundException("Household")));
    }

    @PutMapping
    HouseholdSettings put(@jakarta.validation.Valid @RequestBody HouseholdSettings request) {
        return HouseholdSettings.of(directory.digestAt(CurrentMember.get(), request.digestTime()));
    }
}
