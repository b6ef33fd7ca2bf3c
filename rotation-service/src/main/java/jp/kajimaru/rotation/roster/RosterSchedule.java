package jp.kajimaru.rotation.roster;

import java.util.UUID;

import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.substitute.SubstituteService;
import jp.kajimaru.rotation.task.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every household's current (and, near its end, next) period planned, and raises TaskOverdue once
 * per task when its due time passes. Both are idempotent, so several replicas may run them.
 */
@Component
class RosterSchedule {

    private static final Logger log = LoggerFactory.getLogger(RosterSchedule.class);

    private final HouseholdReplica replica;
    private final RosterPlanner planner;
    private final TaskService tasks;
    private final SubstituteService substitutes;

    RosterSchedule(HouseholdReplica replica, RosterPlanner planner, TaskService tasks, SubstituteService substitutes) {
        this.replica = replica;
        this.planner = planner;
        this.tasks = tasks;
        this.substitutes = substitutes;
    }

    @Scheduled(initialDelayString = "${kajimaru.rotation.plan-initial-delay:30s}", fixedDelayString = "${kajimaru.rotation.plan-every:10m}")
    void planAll() {
        for (UUID household : replica.householdIds()) {
            try {
                planner.ensureCurrent(household);
            } catch (RuntimeException e) {
                log.warn("Planning household {} failed: {}", household, e.toString());
            }
        }
    }

    @Scheduled(initialDelayString = "${kajimaru.rotation.overdue-initial-delay:30s}", fixedDelayString = "${kajimaru.rotation.overdue-every:1m}")
    void flagOverdue() {
        substitutes.expire();
        for (TaskService.TaskKey task : tasks.newlyOverdue(500)) {
            tasks.flagOverdue(task);
        }
    }
}
