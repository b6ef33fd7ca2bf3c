package jp.kajimaru.rotation.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.rotation.chore.Chore;
import jp.kajimaru.rotation.chore.ChoreRepository;
import jp.kajimaru.rotation.household.Household;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.household.Member;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskRepository;
import jp.kajimaru.rotation.task.TaskView;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Do it today": a one-off extra occurrence of a household chore on a day (today or later in the household's zone),
 * given a fair assignee by the planner like every other task. One per chore and day: asking again returns the one
 * there is. Any member may ask (the weather card offers it to everyone).
 */
@Service
public class OneOffTasks {

    private final HouseholdReplica replica;
    private final ChoreRepository chores;
    private final TaskRepository tasks;
    private final TaskCreator creator;
    private final RosterPlanner planner;
    private final Clock clock;

    OneOffTasks(HouseholdReplica replica, ChoreRepository chores, TaskRepository tasks, TaskCreator creator,
                RosterPlanner planner, Clock clock) {
        this.replica = replica;
        this.chores = chores;
        this.tasks = tasks;
        this.creator = creator;
        this.planner = planner;
        this.clock = clock;
    }

    /** The task and whether this call made it (false: it was there already). */
    public record Scheduled(TaskView task, boolean created) {
    }

    @Transactional
    public Scheduled schedule(CurrentMember caller, UUID choreId, LocalDate date) {
        // The planning lock first (the order planning takes): two taps at once make one task.
        Household h = replica.lockForPlanning(caller.householdId()).orElseThrow(() -> new NotFoundException("Chore"));
        Chore c = chores.findByIdAndHouseholdId(choreId, h.id()).orElseThrow(() -> new NotFoundException("Chore"));
        LocalDate today = h.today(clock);
        if (date.isBefore(today)) {
            throw new InvalidFieldException("date", "task.dateInPast", "The day must be today or later.");
        }
        if (date.isAfter(today.plusDays(RosterPlanner.PLAN_AHEAD_DAYS))) {
            throw new InvalidFieldException("date", "task.dateTooFar",
                    "The day must be at most " + RosterPlanner.PLAN_AHEAD_DAYS + " days ahead.");
        }
        if (!c.active()) {
            throw new InvalidFieldException("choreId", "task.choreInactive", "The chore is paused.");
        }
        var existing = tasks.findByHouseholdIdAndChoreIdAndDateAndOrigin(h.id(), c.id(), date, Task.Origin.ONE_OFF);
        if (existing.isPresent()) {
            return new Scheduled(view(h.id(), existing.get()), false);
        }
        Task t = Task.oneOff(UUID.randomUUID(), h.id(), c.id(), c.name(), date, creator.dueAt(h, date, c.dueTime()),
                c.weight(), Period.containing(date, h.rotationUnit()).start(), clock.instant());
        tasks.saveAndFlush(t);
        planner.planThrough(h.id(), date);
        return new Scheduled(view(h.id(), t), true);
    }

    private TaskView view(UUID householdId, Task t) {
        Map<UUID, String> names = replica.activeMembers(householdId).stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
        return TaskView.of(t, names, clock.instant());
    }
}
