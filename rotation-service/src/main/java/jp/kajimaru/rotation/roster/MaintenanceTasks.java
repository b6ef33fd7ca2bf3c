package jp.kajimaru.rotation.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.events.inventory.MaintenanceDone;
import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.rotation.household.Household;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskHandoverMoot;
import jp.kajimaru.rotation.task.TaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * inventory-service's maintenance cycles as tasks. MaintenanceDue adds one task for the cycle (maintenance task id +
 * due date, a unique key) on its due date, or today when that has passed, named "equipment: task" and given a fair
 * assignee by the planner like every other task. The task has no chore: its chore id is the maintenance task's id,
 * anyone may do it, and its TaskCompleted carries that id as {@code externalRef}, which inventory reads to record the
 * cycle done. MaintenanceDone (done by hand in inventory) removes the open task of that cycle — removed, not completed,
 * so no TaskCompleted goes out and inventory does not roll the date again.
 */
@Service
public class MaintenanceTasks {

    /** A MaintenanceDue without a weight (written before the field, docs/adr/0008): a light-to-medium chore. */
    static final int DEFAULT_WEIGHT = 2;
    private static final int NAME_LENGTH = 50;
    private static final Logger log = LoggerFactory.getLogger(MaintenanceTasks.class);

    private final HouseholdReplica replica;
    private final TaskRepository tasks;
    private final TaskCreator creator;
    private final RosterPlanner planner;
    private final ApplicationEventPublisher handovers;
    private final Clock clock;

    MaintenanceTasks(HouseholdReplica replica, TaskRepository tasks, TaskCreator creator, RosterPlanner planner,
                     ApplicationEventPublisher handovers, Clock clock) {
        this.replica = replica;
        this.tasks = tasks;
        this.creator = creator;
        this.planner = planner;
        this.handovers = handovers;
        this.clock = clock;
    }

    @Transactional
    public void due(MaintenanceDue e) {
        Household h = replica.lockForPlanning(e.householdId()).orElse(null);
        if (h == null) {
            log.warn("MaintenanceDue for household {}, which rotation does not know; no task", e.householdId());
            return;
        }
        String ref = e.maintenanceTaskId().toString();
        if (tasks.findByHouseholdIdAndExternalRefAndExternalDue(h.id(), ref, e.dueDate()).isPresent()) {
            return;
        }
        LocalDate today = h.today(clock);
        LocalDate day = e.dueDate().isBefore(today) ? today : e.dueDate();
        if (tasks.findByHouseholdIdAndChoreIdAndDateAndOrigin(h.id(), e.maintenanceTaskId(), day, Task.Origin.MAINTENANCE)
                .filter(Task::open).isPresent()) {
            log.info("Maintenance task {} has an open task on {} already; the cycle due {} joins it", ref, day, e.dueDate());
            return;
        }
        Task t = Task.maintenance(UUID.randomUUID(), h.id(), e.maintenanceTaskId(), name(e), day, e.dueDate(),
                creator.dueAt(h, day, null), weight(e), Period.containing(day, h.rotationUnit()).start(),
                clock.instant());
        tasks.saveAndFlush(t);
        planner.planThrough(h.id(), day);
    }

    @Transactional
    public void done(MaintenanceDone e) {
        // Household, then tasks: the order planning takes them in.
        replica.lockForPlanning(e.householdId());
        Set<UUID> removed = new HashSet<>();
        for (Task t : tasks.findByHouseholdIdAndExternalRef(e.householdId(), e.maintenanceTaskId().toString())) {
            if (t.closedByMaintenance(e.nextDueDate())) {
                removed.add(t.id());
                tasks.delete(t);
            }
        }
        handovers.publishEvent(new TaskHandoverMoot(e.householdId(), removed, CloseReason.TASK_REMOVED));
    }

    /** Inventory's weight for the job, on a chore's scale 1–5; {@link #DEFAULT_WEIGHT} when the event has none. */
    static int weight(MaintenanceDue e) {
        return e.weight() == null ? DEFAULT_WEIGHT : Math.max(1, Math.min(5, e.weight()));
    }

    /** "エアコン: フィルター掃除", cut to what a task name holds. */
    static String name(MaintenanceDue e) {
        String name = (e.equipmentName() == null || e.equipmentName().isBlank() ? "" : e.equipmentName().strip() + ": ")
                + (e.taskName() == null ? "" : e.taskName().strip());
        return name.codePointCount(0, name.length()) <= NAME_LENGTH ? name
                : name.substring(0, name.offsetByCodePoints(0, NAME_LENGTH - 1)) + "…";
    }
}
