package jp.kajimaru.rotation.roster;

import java.time.Clock;
import java.util.UUID;

import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.substitute.SubstituteService;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every household's current (and, near its end, next) period planned, and raises TaskOverdue once
 * per task when its due time passes. Both are idempotent, so several replicas may run them.
 */
@Component
class RosterSchedule {

    private static final Logger log = LoggerFactory.getLogger(RosterSchedule.class);

    private final HouseholdReplica replica;
    private final RosterGenerator generator;
    private final TaskRepository tasks;
    private final OutboxWriter outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SubstituteService substitutes;

    RosterSchedule(HouseholdReplica replica, RosterGenerator generator, TaskRepository tasks, OutboxWriter outbox,
                   TransactionTemplate tx, Clock clock, SubstituteService substitutes) {
        this.substitutes = substitutes;
        this.replica = replica;
        this.generator = generator;
        this.tasks = tasks;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${kajimaru.rotation.plan-initial-delay:30s}", fixedDelayString = "${kajimaru.rotation.plan-every:10m}")
    void planAll() {
        for (UUID household : replica.householdIds()) {
            try {
                generator.ensureCurrent(household);
            } catch (RuntimeException e) {
                log.warn("Planning household {} failed: {}", household, e.toString());
            }
        }
    }

    @Scheduled(initialDelayString = "${kajimaru.rotation.overdue-initial-delay:30s}", fixedDelayString = "${kajimaru.rotation.overdue-every:1m}")
    void flagOverdue() {
        substitutes.expire();
        for (Task t : tasks.newlyOverdue(clock.instant(), 500)) {
            tx.executeWithoutResult(s -> {
                if (tasks.markOverdue(t.id(), clock.instant()) && t.assigneeMemberId() != null) {
                    outbox.publish(t.id().toString(), new TaskOverdue(t.householdId(), t.id(), t.choreId(), t.choreName(),
                            t.date(), t.dueAt(), t.assigneeMemberId()));
                }
            });
        }
    }
}
