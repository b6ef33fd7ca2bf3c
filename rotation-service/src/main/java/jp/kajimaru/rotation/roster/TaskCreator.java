package jp.kajimaru.rotation.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.rotation.chore.Chore;
import jp.kajimaru.rotation.chore.ChoreRepository;
import jp.kajimaru.rotation.household.Household;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskHandoverMoot;
import jp.kajimaru.rotation.task.TaskRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The first step of planning: creates a period's task occurrences from the active chores (once per chore and day, from
 * today on; the planner saves them), and keeps open future ones in line with their chore (name, weight, due time;
 * removed when it no longer falls on their day). Runs inside the planner's transaction, under the household's
 * planning lock.
 */
@Component
class TaskCreator {

    private final ChoreRepository chores;
    private final TaskRepository tasks;
    private final RotationSettingsRepository settings;
    private final ApplicationEventPublisher handovers;

    TaskCreator(ChoreRepository chores, TaskRepository tasks, RotationSettingsRepository settings,
                ApplicationEventPublisher handovers) {
        this.chores = chores;
        this.tasks = tasks;
        this.settings = settings;
        this.handovers = handovers;
    }

    /** The household's active chores, in their listed order. */
    List<Chore> activeChores(UUID householdId) {
        return chores.findByHouseholdIdOrderByPositionAscCreatedAtAscNameAsc(householdId).stream().filter(Chore::active)
                .toList();
    }

    /** A period's tasks in listing order (day, heaviest first, chore name), and which of them are new, not yet saved. */
    record PeriodTasks(List<Task> all, List<Task> created) {
    }

    private static final Comparator<Task> LISTING = Comparator.comparing(Task::date)
            .thenComparing(Comparator.comparingInt(Task::weight).reversed()).thenComparing(Task::choreName);

    /**
     * The period's tasks, with the missing occurrences of {@code active} chores from {@code today} on created but not
     * saved: the planner saves them once they have their assignee, one INSERT each instead of an INSERT and an UPDATE.
     */
    PeriodTasks occurrences(Household h, Period period, LocalDate today, List<Chore> active, Instant now) {
        List<Task> all = new ArrayList<>(tasks.findByHouseholdIdAndDateBetweenOrderByDateAscWeightDescChoreNameAsc(h.id(),
                period.start(), period.end()));
        Set<String> existing = new HashSet<>();
        for (Task t : all) {
            if (t.origin() == Task.Origin.ROSTER) {
                existing.add(t.choreId() + "@" + t.date());
            }
        }
        List<Task> created = new ArrayList<>();
        LocalTime defaultDue = defaultDue(h.id());
        for (LocalDate day : period.days()) {
            if (day.isBefore(today)) {
                continue;
            }
            for (Chore c : active) {
                if (c.occursOn(day) && existing.add(c.id() + "@" + day)) {
                    created.add(new Task(UUID.randomUUID(), h.id(), c.id(), c.name(), day, dueAt(day, c, defaultDue, h.zone()),
                            c.weight(), period.start(), now));
                }
            }
        }
        if (!created.isEmpty()) {
            all.addAll(created);
            all.sort(LISTING);
        }
        return new PeriodTasks(List.copyOf(all), List.copyOf(created));
    }

    /**
     * After a chore was created, edited or deleted: its open tasks from today on are removed when it is gone, inactive
     * or no longer falls on their day; otherwise they take its name, weight and due time.
     */
    void followChore(Household h, UUID choreId, LocalDate today) {
        Optional<Chore> chore = chores.findByIdAndHouseholdId(choreId, h.id()).filter(Chore::active);
        LocalTime defaultDue = defaultDue(h.id());
        Set<UUID> removed = new HashSet<>();
        for (Task t : tasks.findByHouseholdIdAndChoreIdAndStatusAndDateGreaterThanEqual(h.id(), choreId, Task.Status.OPEN,
                today)) {
            // A one-off is outside the schedule on purpose: it goes only with its chore.
            if (chore.isEmpty() || (t.origin() == Task.Origin.ROSTER && !chore.get().occursOn(t.date()))) {
                removed.add(t.id());
                tasks.delete(t);
            } else {
                Chore c = chore.get();
                t.follow(c.name(), c.weight(), dueAt(t.date(), c, defaultDue, h.zone()));
            }
        }
        handovers.publishEvent(new TaskHandoverMoot(h.id(), removed, CloseReason.TASK_REMOVED));
    }

    /** Moves the due time of open future tasks whose chore has none of its own to the household default. */
    void applyDueTimes(Household h, LocalDate today) {
        LocalTime defaultDue = defaultDue(h.id());
        Map<UUID, Chore> byId = new HashMap<>();
        chores.findByHouseholdIdOrderByPositionAscCreatedAtAscNameAsc(h.id()).forEach(c -> byId.put(c.id(), c));
        for (Task t : tasks.findByHouseholdIdAndDateBetweenOrderByDateAscWeightDescChoreNameAsc(h.id(), today,
                today.plusDays(62))) {
            Chore c = byId.get(t.choreId());
            if (t.open() && c != null && c.dueTime() == null) {
                t.follow(t.choreName(), t.weight(), dueAt(t.date(), c, defaultDue, h.zone()));
            } else if (t.open() && c == null && t.choreless()) {
                // A maintenance task has no chore and so no due time of its own.
                t.follow(t.choreName(), t.weight(), t.date().atTime(defaultDue).atZone(h.zone()).toInstant());
            }
        }
    }

    /** When a task on {@code day} is due: at the chore's own due time, else the household default, else the day's end. */
    Instant dueAt(Household h, LocalDate day, LocalTime choreDue) {
        return day.atTime(choreDue != null ? choreDue : defaultDue(h.id())).atZone(h.zone()).toInstant();
    }

    private LocalTime defaultDue(UUID householdId) {
        return settings.findById(householdId).flatMap(RotationSettings::defaultDueTime).orElse(LocalTime.MAX);
    }

    private static Instant dueAt(LocalDate day, Chore c, LocalTime defaultDue, ZoneId zone) {
        return day.atTime(c.dueTime() != null ? c.dueTime() : defaultDue).atZone(zone).toInstant();
    }
}
