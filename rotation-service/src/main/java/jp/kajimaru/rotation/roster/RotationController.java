package jp.kajimaru.rotation.roster;

import java.time.LocalTime;
import java.util.Map;

import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rotation")
class RotationController {

    private final RosterGenerator generator;
    private final HouseholdReplica replica;
    private final RotationSettings settings;

    RotationController(RosterGenerator generator, HouseholdReplica replica, RotationSettings settings) {
        this.generator = generator;
        this.replica = replica;
        this.settings = settings;
    }

    /** Admin: re-plan the open future of this period (done tasks and history are kept). */
    @PostMapping("/regenerate")
    Map<String, Integer> regenerate() {
        CurrentMember caller = CurrentMember.get().requireAdmin();
        generator.ensureCurrent(caller.householdId());
        return Map.of("changed", generator.replanFuture(caller.householdId(), null, ReassignReason.REGENERATED));
    }

    record Settings(String rotationUnit, String timeZone, LocalTime defaultDueTime) {
    }

    record SettingsPatch(LocalTime defaultDueTime) {
    }

    /** Unit and time zone come from the household settings (user-service owns them); the rest is ours. */
    @GetMapping("/settings")
    Settings settings() {
        CurrentMember caller = CurrentMember.get();
        HouseholdReplica.Household h = replica.household(caller.householdId())
                .orElseThrow(() -> new NotFoundException("Household"));
        return new Settings(h.rotationUnit(), h.timeZone(), settings.defaultDueTime(caller.householdId()).orElse(null));
    }

    /** Admin: the due time for chores without their own (null = end of the day); future open tasks follow. */
    @PatchMapping("/settings")
    Settings update(@RequestBody SettingsPatch patch) {
        CurrentMember caller = CurrentMember.get().requireAdmin();
        settings.setDefaultDueTime(caller.householdId(), patch.defaultDueTime());
        generator.applyDueTimes(caller.householdId());
        return settings();
    }
}
