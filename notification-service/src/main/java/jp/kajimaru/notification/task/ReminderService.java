package jp.kajimaru.notification.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TaskReopened;
import jp.kajimaru.notification.household.Directory;
import jp.kajimaru.notification.household.Household;
import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.inbox.Notifier;
import jp.kajimaru.notification.message.Kind;
import jp.kajimaru.notification.message.Text;
import jp.kajimaru.notification.message.Texts;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task replica and its reminders: kept from the rotation's events, sent when due. Every decision reads the
 * injected clock; the sender claims rows so that two replicas never send the same reminder.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final OpenTaskRepository tasks;
    private final ReminderRepository reminders;
    private final Directory directory;
    private final Notifier notifier;
    private final Clock clock;
    private final MeterRegistry meters;
    private final EntityManager entityManager;

    ReminderService(OpenTaskRepository tasks, ReminderRepository reminders, Directory directory, Notifier notifier,
                    Clock clock, MeterRegistry meters, EntityManager entityManager) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.directory = directory;
        this.notifier = notifier;
        this.clock = clock;
        this.meters = meters;
        this.entityManager = entityManager;
    }

    @Transactional
    public OpenTask taskAssigned(TaskAssigned e, Instant at) {
        OpenTask task = tasks.findByIdAndHouseholdId(e.taskId(), e.householdId())
                .orElseGet(() -> new OpenTask(e.taskId(), e.householdId()));
        task.assign(e.choreName(), e.date(), e.dueAt(), e.assigneeMemberId(), at);
        tasks.save(task);
        follow(task);
        return task;
    }

    /**
     * A roster's assignments (RosterPublished v2, ADR 0015): what {@link #taskAssigned} does for each, with the
     * household, its tasks and their reminders read once and the new rows inserted without a select each.
     */
    @Transactional
    public void tasksAssigned(UUID householdId, List<TaskAssigned> assigned, Instant at) {
        applyEach(householdId, assigned, TaskAssigned::taskId,
                (task, e) -> task.assign(e.choreName(), e.date(), e.dueAt(), e.assigneeMemberId(), at));
    }

    /**
     * A planning pass's moves (TasksReassigned, ADR 0016): what {@link #taskReassigned} does for each, read and written
     * as {@link #tasksAssigned} does. Returns the tasks in the order of the moves (written, no longer managed).
     */
    @Transactional
    public List<OpenTask> tasksReassigned(UUID householdId, List<TaskReassigned> moved, Instant at) {
        return applyEach(householdId, moved, TaskReassigned::taskId,
                (task, e) -> task.reassign(e.choreName(), e.date(), e.toMemberId(), at));
    }

    private <E> List<OpenTask> applyEach(UUID householdId, List<E> events, Function<E, UUID> taskOf,
                                         BiConsumer<OpenTask, E> change) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = events.stream().map(taskOf).toList();
        Map<UUID, OpenTask> known = new HashMap<>();
        tasks.findByHouseholdIdAndIdIn(householdId, ids).forEach(t -> known.put(t.id(), t));
        Map<UUID, Map<Reminder.Kind, Reminder>> existing = new HashMap<>();
        reminders.findByHouseholdIdAndTaskIdIn(householdId, ids)
                .forEach(r -> existing.computeIfAbsent(r.taskId(), k -> new EnumMap<>(Reminder.Kind.class)).put(r.kind(), r));
        ReminderTimes times = times(directory.householdOrDefault(householdId));
        Instant now = clock.instant();
        List<OpenTask> changed = new ArrayList<>();
        List<Reminder> followed = new ArrayList<>();
        for (E e : events) {
            OpenTask task = known.computeIfAbsent(taskOf.apply(e), id -> new OpenTask(id, householdId));
            change.accept(task, e);
            changed.add(task);
        }
        // A task listed twice is followed and saved once, in its final state.
        Set<OpenTask> distinct = new LinkedHashSet<>(changed);
        for (OpenTask task : distinct) {
            Map<Reminder.Kind, Reminder> its = existing.getOrDefault(task.id(), Map.of());
            followed.addAll(follow(task, times, now, kind -> Optional.ofNullable(its.get(kind))));
        }
        tasks.saveAll(distinct);
        reminders.saveAll(followed);
        // Written now and let go: the rest of the transaction (a message each for some of them) would otherwise
        // dirty-check every one of these rows before each of its queries.
        entityManager.flush();
        distinct.forEach(entityManager::detach);
        existing.values().forEach(its -> its.values().forEach(entityManager::detach));
        followed.forEach(entityManager::detach);
        return changed;
    }

    @Transactional
    public OpenTask taskReassigned(TaskReassigned e, Instant at) {
        OpenTask task = tasks.findByIdAndHouseholdId(e.taskId(), e.householdId())
                .orElseGet(() -> new OpenTask(e.taskId(), e.householdId()));
        task.reassign(e.choreName(), e.date(), e.toMemberId(), at);
        tasks.save(task);
        follow(task);
        return task;
    }

    @Transactional
    public void taskCompleted(TaskCompleted e, Instant at) {
        OpenTask task = tasks.findByIdAndHouseholdId(e.taskId(), e.householdId())
                .orElseGet(() -> new OpenTask(e.taskId(), e.householdId()));
        task.complete(e.choreName(), e.date(), at);
        tasks.save(task);
        follow(task);
    }

    /** The replica remembers the task is overdue, for the admins' digest. */
    @Transactional
    public void taskOverdue(jp.kajimaru.events.rotation.TaskOverdue e, Instant at) {
        OpenTask task = tasks.findByIdAndHouseholdId(e.taskId(), e.householdId())
                .orElseGet(() -> new OpenTask(e.taskId(), e.householdId()));
        if (task.done()) {
            return;
        }
        task.overdue(e.choreName(), e.date(), e.dueAt(), e.assigneeMemberId(), at);
        tasks.save(task);
    }

    /** Open overdue tasks of the last {@code days} days before {@code today} and today, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenTask> overdue(UUID householdId, LocalDate today, int days) {
        return tasks.findByHouseholdIdAndDoneFalseAndOverdueAtNotNullAndDateGreaterThanEqualOrderByDateAscChoreNameAsc(
                householdId, today.minusDays(days));
    }

    @Transactional
    public void taskReopened(TaskReopened e, Instant at) {
        tasks.findByIdAndHouseholdId(e.taskId(), e.householdId()).ifPresent(task -> {
            task.reopen(at);
            follow(task);
        });
    }

    /** The household's zone or reminder times changed: every open task's reminders follow. */
    @Transactional
    public void householdChanged(UUID householdId) {
        Household h = directory.householdOrDefault(householdId);
        LocalDate yesterday = LocalDate.now(clock.withZone(h.zone())).minusDays(1);
        tasks.findByHouseholdIdAndDoneFalseAndDateGreaterThanEqual(householdId, yesterday).forEach(this::follow);
    }

    @Transactional(readOnly = true)
    public Optional<OpenTask> task(UUID householdId, UUID taskId) {
        return taskId == null ? Optional.empty() : tasks.findByIdAndHouseholdId(taskId, householdId);
    }

    /** How many tasks a member has in a period (for the roster message). */
    @Transactional(readOnly = true)
    public long tasksOf(UUID householdId, UUID memberId, LocalDate from, LocalDate to) {
        return tasks.countByHouseholdIdAndAssigneeMemberIdAndDateBetween(householdId, memberId, from, to);
    }

    /** Brings both reminders of a task in line with it: scheduled for its assignee, or cancelled. */
    private void follow(OpenTask task) {
        ReminderTimes times = times(directory.householdOrDefault(task.householdId()));
        reminders.saveAll(follow(task, times, clock.instant(),
                kind -> reminders.findByTaskIdAndKindAndHouseholdId(task.id(), kind, task.householdId())));
    }

    /** The reminders to save for the task (a cancelled one changes in place, as the transaction's own entity). */
    private static List<Reminder> follow(OpenTask task, ReminderTimes times, Instant now,
                                         Function<Reminder.Kind, Optional<Reminder>> existingOf) {
        List<Reminder> scheduled = new ArrayList<>(2);
        for (Reminder.Kind kind : Reminder.Kind.values()) {
            Optional<Reminder> existing = existingOf.apply(kind);
            if (!task.wantsReminders() || task.date() == null) {
                existing.ifPresent(Reminder::cancel);
                continue;
            }
            Reminder r = existing.orElseGet(() -> new Reminder(task.householdId(), task.id(), kind));
            r.schedule(times.at(kind, task.date()), now);
            scheduled.add(r);
        }
        return scheduled;
    }

    static ReminderTimes times(Household h) {
        return new ReminderTimes(h.zone(), h.eveningTime(), h.morningTime());
    }

    /**
     * Sends the reminders that are due now (late ones once, after a restart), in one transaction per batch. A
     * reminder whose task is done, unassigned or whose day is over is dropped; an evening reminder whose morning one
     * is already due is dropped for it.
     *
     * @return how many reminders were claimed (sent or dropped)
     */
    @Transactional
    public int sendDue(int limit) {
        Instant now = clock.instant();
        List<Reminder> due = reminders.claimDue(now, limit);
        for (Reminder r : due) {
            Optional<OpenTask> task = tasks.findByIdAndHouseholdId(r.taskId(), r.householdId());
            if (task.isEmpty() || !task.get().wantsReminders()) {
                r.cancel();
                continue;
            }
            OpenTask t = task.get();
            Household h = directory.householdOrDefault(r.householdId());
            ReminderTimes times = times(h);
            if (!now.isBefore(times.dayOver(t.date()))
                    || (r.kind() == Reminder.Kind.EVENING && !now.isBefore(times.morningOf(t.date())))) {
                r.skip();
                continue;
            }
            UUID recipient = t.assigneeMemberId();
            Optional<Member> member = directory.member(r.householdId(), recipient);
            if (member.isPresent() && !member.get().active()) {
                r.cancel();
                continue;
            }
            Texts texts = Texts.of(h.language(), h.zone());
            Text text = r.kind() == Reminder.Kind.EVENING
                    ? texts.reminderEvening(t.choreName(), t.date(), t.dueAt())
                    : texts.reminderMorning(t.choreName(), t.date(), t.dueAt());
            Kind kind = r.kind() == Reminder.Kind.EVENING ? Kind.REMINDER_EVENING : Kind.REMINDER_MORNING;
            notifier.send(r.householdId(), recipient, kind, text, "#/dashboard",
                    "reminder:" + r.id() + ":" + r.dueAt().toEpochMilli());
            r.sent(now);
            // Reminder lag: how long after its due time a reminder went out (a restart's catch-up shows here).
            meters.timer("kajimaru.notifications.reminder.lag", "kind", r.kind().name())
                    .record(java.time.Duration.between(r.dueAt(), now));
            log.debug("sent {} reminder for task {} to {}", r.kind(), t.id(), recipient);
        }
        return due.size();
    }

    @Transactional(readOnly = true)
    public List<Reminder> remindersOf(UUID householdId, UUID taskId) {
        return reminders.findByTaskIdAndHouseholdId(taskId, householdId);
    }
}
