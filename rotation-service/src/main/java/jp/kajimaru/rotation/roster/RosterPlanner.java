package jp.kajimaru.rotation.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.rotation.assignment.Assignment;
import jp.kajimaru.rotation.assignment.AssignmentInput;
import jp.kajimaru.rotation.assignment.AssignmentResult;
import jp.kajimaru.rotation.assignment.FairRotation;
import jp.kajimaru.rotation.assignment.History;
import jp.kajimaru.rotation.assignment.MemberInfo;
import jp.kajimaru.rotation.assignment.Occurrence;
import jp.kajimaru.rotation.assignment.Role;
import jp.kajimaru.rotation.chore.Chore;
import jp.kajimaru.rotation.household.Household;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.household.Member;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskHandoverMoot;
import jp.kajimaru.rotation.task.TaskRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a household's periods: has {@link TaskCreator} create the occurrences, gives every open, not-yet-started one
 * an assignee with {@link FairRotation}, records the daily fair shares and has {@link RosterPublisher} announce the
 * roster. Idempotent: occurrences are unique per chore and day, done tasks and history are never touched, and running
 * it again only fills what is missing or what its holder can no longer do (left, busy that day, or — unless an admin
 * or a substitute pinned it — no longer eligible). {@code replanFuture} re-plans the open future (admin "regenerate",
 * a member becoming busy or leaving), in every period planned so far. Each plan of a household holds the lock on its
 * replica row, so the scheduler, the consumer and an admin never plan one household at the same time.
 */
@Service
public class RosterPlanner {

    private final HouseholdReplica replica;
    private final TaskCreator creator;
    private final TaskRepository tasks;
    private final RosterPeriodRepository periods;
    private final FairnessLedger ledger;
    private final RosterPublisher publisher;
    private final EventJson json;
    private final Clock clock;
    private final ApplicationEventPublisher handovers;

    RosterPlanner(HouseholdReplica replica, TaskCreator creator, TaskRepository tasks, RosterPeriodRepository periods,
                  FairnessLedger ledger, RosterPublisher publisher, EventJson json, Clock clock,
                  ApplicationEventPublisher handovers) {
        this.replica = replica;
        this.creator = creator;
        this.tasks = tasks;
        this.periods = periods;
        this.ledger = ledger;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
        this.handovers = handovers;
    }

    /** The household's current period (and the next one when today is the current one's last day), as needed. */
    @Transactional
    public int ensureCurrent(UUID householdId) {
        Household h = replica.lockForPlanning(householdId).orElse(null);
        if (h == null) {
            return 0;
        }
        LocalDate today = h.today(clock);
        Period current = Period.containing(today, h.rotationUnit());
        int n = plan(h, current, today, Set.of(), null);
        if (!current.end().isAfter(today)) {
            n += plan(h, current.next(), today, Set.of(), null);
        }
        return n;
    }

    /**
     * Re-plans open tasks from today on: all unpinned ones (admin regenerate), or every one a member holds (busy,
     * removed — pins included, since the holder cannot do them). Done tasks and history stay as they are.
     */
    @Transactional
    public int replanFuture(UUID householdId, UUID onlyOfMember, ReassignReason reason) {
        return replanFuture(householdId, onlyOfMember, reason, (day, zone) -> true);
    }

    /** Like {@link #replanFuture(UUID, UUID, ReassignReason)}, for the days {@code when} accepts. */
    @Transactional
    public int replanFuture(UUID householdId, UUID onlyOfMember, ReassignReason reason, BiPredicate<LocalDate, ZoneId> when) {
        Household h = replica.lockForPlanning(householdId).orElse(null);
        if (h == null) {
            return 0;
        }
        LocalDate today = h.today(clock);
        ZoneId zone = h.zone();
        int n = 0;
        for (Period period : plannedPeriods(h, today)) {
            Set<UUID> release = new HashSet<>();
            for (Task t : between(h, today, period.end())) {
                boolean mine = onlyOfMember == null ? !t.pinned() : t.heldBy(onlyOfMember);
                if (t.open() && mine && !t.date().isBefore(period.start()) && when.test(t.date(), zone)) {
                    release.add(t.id());
                }
            }
            n += plan(h, period, today, release, reason);
        }
        return n;
    }

    /**
     * After a chore was created, edited or deleted: its open tasks from today on follow it, then the planned periods
     * are filled and balanced again.
     */
    @Transactional
    public void followChore(UUID householdId, UUID choreId) {
        Household h = replica.lockForPlanning(householdId).orElse(null);
        if (h == null) {
            return;
        }
        LocalDate today = h.today(clock);
        creator.followChore(h, choreId, today);
        for (Period period : plannedPeriods(h, today)) {
            plan(h, period, today, Set.of(), ReassignReason.REGENERATED);
        }
    }

    /**
     * After a one-off task was added on {@code day} (under the household's planning lock): the periods from the
     * current one up to the one holding that day are planned, which gives the new task (and anything else still
     * without an assignee) a fair assignee. A day more than {@link #PLAN_AHEAD_DAYS} ahead waits for its period.
     */
    @Transactional
    public void planThrough(UUID householdId, LocalDate day) {
        Household h = replica.lockForPlanning(householdId).orElse(null);
        if (h == null) {
            return;
        }
        LocalDate today = h.today(clock);
        if (day.isBefore(today) || day.isAfter(today.plusDays(PLAN_AHEAD_DAYS))) {
            return;
        }
        for (Period p = Period.containing(today, h.rotationUnit()); !p.start().isAfter(day); p = p.next()) {
            plan(h, p, today, Set.of(), null);
        }
    }

    /** How far ahead a one-off task is planned at once. */
    public static final int PLAN_AHEAD_DAYS = 62;

    /** Moves the due time of open future tasks whose chore has none of its own to the household default. */
    @Transactional
    public void applyDueTimes(UUID householdId) {
        replica.lockForPlanning(householdId).ifPresent(h -> creator.applyDueTimes(h, h.today(clock)));
    }

    /**
     * The current period and the following ones that have been planned already; on the current one's last day the next
     * one too, as {@link #ensureCurrent} would plan it (so a re-plan needs no separate pass of that first).
     */
    private List<Period> plannedPeriods(Household h, LocalDate today) {
        List<Period> planned = new ArrayList<>();
        Period p = Period.containing(today, h.rotationUnit());
        planned.add(p);
        Period next = p.next();
        if (!p.end().isAfter(today)) {
            planned.add(next);
            next = next.next();
        }
        for (; periods.existsByHouseholdIdAndStart(h.id(), next.start()); next = next.next()) {
            planned.add(next);
        }
        return planned;
    }

    private List<Task> between(Household h, LocalDate from, LocalDate to) {
        return tasks.findByHouseholdIdAndDateBetweenOrderByDateAscWeightDescChoreNameAsc(h.id(), from, to);
    }

    private int plan(Household h, Period period, LocalDate today, Set<UUID> release, ReassignReason reason) {
        ZoneId zone = h.zone();
        Instant now = clock.instant();
        RosterPeriod planned = periods.findByHouseholdIdAndStart(h.id(), period.start())
                .orElseGet(() -> periods.save(new RosterPeriod(h.id(), period, now)));
        List<Chore> active = creator.activeChores(h.id());
        TaskCreator.PeriodTasks occurrences = creator.occurrences(h, period, today, active, now);
        List<Task> inPeriod = occurrences.all();
        Map<UUID, Chore> choreById = new HashMap<>();
        active.forEach(c -> choreById.put(c.id(), c));
        List<Member> members = replica.activeMembers(h.id());
        Map<UUID, MemberInfo> infos = new HashMap<>();
        members.forEach(m -> infos.put(m.id(), m.info(zone)));
        List<Task> toPlan = inPeriod.stream()
                .filter(t -> t.open() && !t.date().isBefore(today) && (t.choreless() || choreById.containsKey(t.choreId())))
                .filter(t -> release.contains(t.id()) || holderCannot(t, infos, choreById.get(t.choreId())))
                .toList();
        List<RosterPublisher.TaskEvent> pass = new ArrayList<>();
        int changed = 0;
        if (!toPlan.isEmpty()) {
            changed = assign(h, period, Period.containing(today, h.rotationUnit()).start(), toPlan, choreById, members,
                    zone, reason, pass);
        }
        // New occurrences are written with their assignee. Nothing planning read before this would have counted them:
        // history and carried credit count only tasks someone holds or did.
        tasks.saveAll(occurrences.created());
        // The entities carry the new assignees: the period's tasks are read once for the shares and the announcement.
        ledger.recordShares(h.id(), period, today, inPeriod, members, zone);
        publisher.announce(h.id(), planned, inPeriod, pass, now);
        return changed;
    }

    /** The task has nobody, or its holder left, is busy that day, or (unless pinned) is no longer eligible. */
    private static boolean holderCannot(Task t, Map<UUID, MemberInfo> infos, Chore chore) {
        MemberInfo holder = t.assigneeMemberId() == null ? null : infos.get(t.assigneeMemberId());
        if (holder == null || holder.busyOn(t.date())) {
            return true;
        }
        return !t.pinned() && FairRotation.whyNot(holder, occurrence(t, chore)) != null;
    }

    /** Plans the tasks, adds what each change announces to {@code pass} and returns how many tasks changed hands. */
    private int assign(Household h, Period period, LocalDate runningSince, List<Task> toPlan, Map<UUID, Chore> choreById,
                       List<Member> members, ZoneId zone, ReassignReason reason, List<RosterPublisher.TaskEvent> pass) {
        Set<UUID> planned = new HashSet<>();
        toPlan.forEach(t -> planned.add(t.id()));
        // Shares are spread over the days still ahead: the past days of the period already carry theirs.
        LocalDate first = toPlan.stream().map(Task::date).min(LocalDate::compareTo).orElse(period.start());
        Map<UUID, Map<UUID, Integer>> times = new HashMap<>();
        tasks.timesByMemberAndChore(h.id(), period.start().minusWeeks(4), period.start()).forEach(c ->
                times.computeIfAbsent(c.memberId(), k -> new HashMap<>()).put(c.choreId(), c.times().intValue()));
        AssignmentInput input = new AssignmentInput(first, period.end(), members.stream().map(m -> m.info(zone)).toList(),
                toPlan.stream().map(t -> occurrence(t, choreById.get(t.choreId()))).toList(),
                ledger.carriedInto(h.id(), runningSince, period, first, planned), new History(times));
        AssignmentResult result = FairRotation.assign(input);
        Map<UUID, Task> byId = new HashMap<>();
        toPlan.forEach(t -> byId.put(t.id(), t));
        int changed = 0;
        Set<UUID> movedAway = new HashSet<>();
        for (Assignment a : result.assignments()) {
            Task t = byId.get(a.occurrenceId());
            if (t.heldBy(a.memberId()) || (t.assigneeMemberId() == null && a.memberId() == null)) {
                continue;
            }
            if (t.assigneeMemberId() != null) {
                movedAway.add(t.id());
            }
            t.plan(a.memberId(), json.writeString(a.why()), reason)
                    .ifPresent(e -> pass.add(new RosterPublisher.TaskEvent(t.id(), e)));
            changed++;
        }
        // A request to hand a task over is moot once it has moved away from the one who asked.
        handovers.publishEvent(new TaskHandoverMoot(h.id(), movedAway, CloseReason.TASK_REMOVED));
        return changed;
    }

    /** A task as the assignment sees it; one without a chore (maintenance) is open to every member. */
    static Occurrence occurrence(Task t, Chore c) {
        if (c == null) {
            return new Occurrence(t.id(), t.choreId(), t.choreName(), t.date(), t.weight(), Set.of(), null);
        }
        return new Occurrence(t.id(), t.choreId(), t.choreName(), t.date(), t.weight(), Set.copyOf(c.candidateMemberIds()),
                c.minimumRole() == null ? null : Role.valueOf(c.minimumRole()));
    }
}
