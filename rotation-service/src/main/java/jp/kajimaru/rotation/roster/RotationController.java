package jp.kajimaru.rotation.roster;

import java.time.LocalTime;
import java.util.Map;

import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rotation")
class RotationController {

    private final RotationSettingsService rotation;

    RotationController(RotationSettingsService rotation) {
        this.rotation = rotation;
    }

    /** Admin: re-plan the open future of this period (done tasks and history are kept). */
    @PostMapping("/regenerate")
    Map<String, Integer> regenerate() {
        return Map.of("changed", rotation.regenerate(CurrentMember.get()));
    }

    record SettingsPatch(LocalTime defaultDueTime) {
    }

    /** Unit and time zone come from the household settings (user-service owns them); the rest is ours. */
    @GetMapping("/settings")
    RotationSettingsService.SettingsView settings() {
        return rotation.settings(CurrentMember.get());
    }

    /** Admin: the due time for chores without their own (null = end of the day); future open tasks follow. */
    @PatchMapping("/settings")
    RotationSettingsService.SettingsView update(@RequestBody SettingsPatch patch) {
        return rotation.setDefaultDueTime(CurrentMember.get(), patch.defaultDueTime());
    }
}
