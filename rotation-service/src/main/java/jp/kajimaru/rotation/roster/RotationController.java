package jp.kajimaru.rotation.roster;

import java.util.Map;

import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.web.problem.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rotation")
class RotationController {

    private final RosterGenerator generator;
    private final HouseholdReplica replica;

    RotationController(RosterGenerator generator, HouseholdReplica replica) {
        this.generator = generator;
        this.replica = replica;
    }

    /** Admin: re-plan the open future of this period (done tasks and history are kept). */
    @PostMapping("/regenerate")
    Map<String, Integer> regenerate() {
        CurrentMember caller = CurrentMember.get().requireAdmin();
        generator.ensureCurrent(caller.householdId());
        return Map.of("changed", generator.replanFuture(caller.householdId(), null, ReassignReason.REGENERATED));
    }

    /** The rotation unit and time zone come from the household settings (user-service owns them). */
    @GetMapping("/settings")
    Map<String, String> settings() {
        HouseholdReplica.Household h = replica.household(CurrentMember.get().householdId())
                .orElseThrow(() -> new NotFoundException("Household"));
        return Map.of("rotationUnit", h.rotationUnit(), "timeZone", h.timeZone());
    }
}
