package jp.kajimaru.rotation.roster;

import java.time.LocalTime;
import java.util.UUID;

import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.rotation.household.Household;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rotation screen: its settings, and an admin's "plan again". */
@Service
public class RotationSettingsService {

    private final HouseholdReplica replica;
    private final RotationSettingsRepository settings;
    private final RosterPlanner planner;

    RotationSettingsService(HouseholdReplica replica, RotationSettingsRepository settings, RosterPlanner planner) {
        this.replica = replica;
        this.settings = settings;
        this.planner = planner;
    }

    /** Unit and time zone as user-service set them, the default due time as this household set it here. */
    public record SettingsView(String rotationUnit, String timeZone, LocalTime defaultDueTime) {
    }

    @Transactional(readOnly = true)
    public SettingsView settings(CurrentMember caller) {
        Household h = replica.householdOfCaller(caller.householdId());
        LocalTime due = settings.findById(h.id()).flatMap(RotationSettings::defaultDueTime).orElse(null);
        return new SettingsView(h.rotationUnit(), h.timeZone(), due);
    }

    /** Admin: the due time for chores without their own (null = end of the day); future open tasks follow. */
    @Transactional
    public SettingsView setDefaultDueTime(CurrentMember caller, LocalTime due) {
        caller.requireAdmin();
        UUID householdId = caller.householdId();
        settings.findById(householdId).orElseGet(() -> settings.save(new RotationSettings(householdId))).defaultDueTime(due);
        planner.applyDueTimes(householdId);
        return settings(caller);
    }

    /** Admin: re-plan the open future of this period (done tasks and history are kept); how many tasks moved. */
    @Transactional
    public int regenerate(CurrentMember caller) {
        caller.requireAdmin();
        planner.ensureCurrent(caller.householdId());
        return planner.replanFuture(caller.householdId(), null, ReassignReason.REGENERATED);
    }
}
