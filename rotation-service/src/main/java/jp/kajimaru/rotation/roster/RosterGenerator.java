package jp.kajimaru.rotation.roster;

import java.time.Clock;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.RosterPublished;
import jp.kajimaru.events.rotation.RosterShare;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.rotation.assignment.Assignment;
import jp.kajimaru.rotation.assignment.AssignmentInput;
import jp.kajimaru.rotation.assignment.AssignmentResult;
import jp.kajimaru.rotation.assignment.FairRotation;
import jp.kajimaru.rotation.assignment.History;
import jp.kajimaru.rotation.assignment.MemberInfo;
import jp.kajimaru.rotation.assignment.Occurrence;
import jp.kajimaru.rotation.assignment.Role;
import jp.kajimaru.rotation.chore.Chore;
import jp.kajimaru.rotation.chore.ChoreRepository;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.substitute.SubstituteService;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a period's tasks from the active chores and gives every open, not-yet-started one an assignee with
 * {@link FairRotation}. Idempotent: occurrences are unique per chore and day, done tasks and history are never
 * touched, and running it again only fills what is missing or what its holder can no longer do (left, busy that
 * day, or — unless an admin or a substitute pinned it — no longer eligible). With {@code replanFuture} it re-plans
 * the open future (admin "regenerate", a member becoming busy or leaving), in every period planned so far.
 * Each plan of a household holds the lock on its replica row, so the scheduler, the consumer and an admin never
 * plan one household at the same time.
 */
@Service
public class RosterGenerator {

    private final HouseholdReplica replica;
    private final ChoreRepository chores;
    private final TaskRepository tasks;
    private final FairnessLedger ledger;
    private final OutboxWriter outbox;
    private final EventJson json;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RotationSettings settings;
    private final SubstituteService substitutes;

    RosterGenerator(HouseholdReplica replica, ChoreRepository chores, TaskRepository tasks, FairnessLedger ledger,
                    OutboxWriter outbox, EventJson json, JdbcTemplate jdbc, Clock clock, RotationSettings settings,
                    SubstituteService substitutes) {
        this.replica = replica;
        this.chores = chores;
        this.tasks = tasks;
        this.ledger = ledger;
        this.outbox = outbox;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.substitutes = substitutes;
    }

    /** The household's current period (and the next one when today is the current one's last day), as needed. */
    @Transactional
    public int ensureCurrent(UUID householdId) {
        HouseholdReplica.Household h = replica.lockForPlanning(householdId).orElse(null);
        if (h == null) {
            return 0;
        }
        LocalDate today = today(h);
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
        HouseholdReplica.Household h = replica.lockForPlanning(householdId).orElse(null);
        if (h == null) {
            return 0;
        }
        LocalDate today = today(h);
        ZoneId zone = ZoneId.of(h.timeZone());
        int n = 0;
        for (Period period : plannedPeriods(h, today)) {
            Set<UUID> release = new HashSet<>();
            for (Task t : tasks.between(householdId, today, period.end())) {
                boolean mine = onlyOfMember == null ? !t.pinned() : onlyOfMember.equals(t.assigneeMemberId());
                if (t.open() && mine && !t.date().isBefore(period.start()) && when.test(t.date(), zone)) {
                    release.add(t.id());
                }
            }
            n += plan(h, period, today, release, reason);
        }
        return n;
    }

    /**
     * After a chore was created, edited or deleted: its open tasks from today on follow it (removed when it is gone,
     * inactive or no longer falls on their day; otherwise its name, weight and due time), then the planned periods
     * are filled and balanced again.
     */
    @Transactional
    public void followChore(UUID householdId, UUID choreId) {
        HouseholdReplica.Household h = replica.lockForPlanning(householdId).orElse(null);
        if (h == null) {
            return;
        }
        ZoneId zone = ZoneId.of(h.timeZone());
        LocalDate today = today(h);
        Optional<Chore> chore = chores.find(householdId, choreId).filter(Chore::active);
        LocalTime defaultDue = settings.defaultDueTime(householdId).orElse(LocalTime.MAX);
        for (Task t : tasks.openOfChoreFrom(householdId, choreId, today)) {
            if (chore.isEmpty() || !chore.get().occursOn(t.date())) {
                substitutes.closeForTask(householdId, t.id(), CloseReason.TASK_REMOVED);
                tasks.deleteOpen(t.id());
            } else {
                Chore c = chore.get();
                tasks.follow(t.id(), c.name(), c.weight(), dueAt(t.date(), c, defaultDue, zone));
            }
        }
        for (Period period : plannedPeriods(h, today)) {
            plan(h, period, today, Set.of(), ReassignReason.REGENERATED);
        }
    }

    /** Moves the due time of open future tasks whose chore has none of its own to the household default. */
    @Transactional
    public void applyDueTimes(UUID householdId) {
        HouseholdReplica.Household h = replica.lockForPlanning(householdId).orElse(null);
        if (h == null) {
            return;
        }
        ZoneId zone = ZoneId.of(h.timeZone());
        LocalTime defaultDue = settings.defaultDueTime(householdId).orElse(LocalTime.MAX);
        LocalDate today = today(h);
        Map<UUID, Chore> byId = new HashMap<>();
        chores.inHousehold(householdId).forEach(c -> byId.put(c.id(), c));
        for (Task t : tasks.between(householdId, today, today.plusDays(62))) {
            Chore c = byId.get(t.choreId());
            if (t.open() && c != null && c.dueTime() == null) {
                tasks.follow(t.id(), t.choreName(), t.weight(), dueAt(t.date(), c, defaultDue, zone));
            }
        }
    }

    private LocalDate today(HouseholdReplica.Household h) {
        return LocalDate.now(clock.withZone(ZoneId.of(h.timeZone())));
    }

    /** The current period and the following ones that have been generated already. */
    private List<Period> plannedPeriods(HouseholdReplica.Household h, LocalDate today) {
        List<Period> periods = new ArrayList<>();
        Period p = Period.containing(today, h.rotationUnit());
        periods.add(p);
        for (Period next = p.next(); generated(h.id(), next); next = next.next()) {
            periods.add(next);
        }
        return periods;
    }

    private boolean generated(UUID householdId, Period period) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM periods WHERE household_id = ? AND period_start = ?",
                Integer.class, householdId.toString(), period.start());
        return n != null && n > 0;
    }

    private static Instant dueAt(LocalDate day, Chore c, LocalTime defaultDue, ZoneId zone) {
        return day.atTime(c.dueTime() != null ? c.dueTime() : defaultDue).atZone(zone).toInstant();
    }

    private int plan(HouseholdReplica.Household h, Period period, LocalDate today, Set<UUID> release,
                     ReassignReason reason) {
        ZoneId zone = ZoneId.of(h.timeZone());
        Instant now = clock.instant();
        jdbc.update("INSERT IGNORE INTO periods (household_id, period_start, period_end, generated_at) VALUES (?, ?, ?, ?)",
                h.id().toString(), period.start(), period.end(),
                java.sql.Timestamp.from(now));
        List<Chore> active = chores.inHousehold(h.id()).stream().filter(Chore::active).toList();
        LocalTime defaultDue = settings.defaultDueTime(h.id()).orElse(LocalTime.MAX);
        for (LocalDate day : period.days()) {
            if (day.isBefore(today)) {
                continue;
            }
            for (Chore c : active) {
                if (c.occursOn(day)) {
                    tasks.insertIfAbsent(new Task(UUID.randomUUID(), h.id(), c.id(), c.name(), day, dueAt(day, c, defaultDue, zone),
                            c.weight(), period.start(), null, false, Task.Status.OPEN, null, null, null), now);
                }
            }
        }
        List<Task> inPeriod = tasks.between(h.id(), period.start(), period.end());
        Map<UUID, Chore> choreById = new HashMap<>();
        active.forEach(c -> choreById.put(c.id(), c));
        List<HouseholdReplica.Member> members = replica.activeMembers(h.id());
        Map<UUID, MemberInfo> infos = new HashMap<>();
        members.forEach(m -> infos.put(m.id(), memberInfo(m, zone)));
        List<Task> toPlan = inPeriod.stream()
                .filter(t -> t.open() && !t.date().isBefore(today) && choreById.containsKey(t.choreId()))
                .filter(t -> release.contains(t.id()) || holderCannot(t, infos, choreById.get(t.choreId())))
                .toList();
        int changed = 0;
        if (!toPlan.isEmpty()) {
            changed = assign(h, period, Period.containing(today, h.rotationUnit()).start(), toPlan, choreById, members,
                    zone, reason);
        }
        List<Task> afterPlanning = tasks.between(h.id(), period.start(), period.end());
        ledger.recordShares(h.id(), period, today, afterPlanning, members, zone);
        publishRosterOnce(h.id(), period, afterPlanning, now);
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

    private int assign(HouseholdReplica.Household h, Period period, LocalDate runningSince, List<Task> toPlan,
                       Map<UUID, Chore> choreById, List<HouseholdReplica.Member> members, ZoneId zone,
                       ReassignReason reason) {
        Set<UUID> planned = new HashSet<>();
        toPlan.forEach(t -> planned.add(t.id()));
        // Shares are spread over the days still ahead: the past days of the period already carry theirs.
        LocalDate first = toPlan.stream().map(Task::date).min(LocalDate::compareTo).orElse(period.start());
        AssignmentInput input = new AssignmentInput(first, period.end(), members.stream().map(m -> memberInfo(m, zone)).toList(),
                toPlan.stream().map(t -> occurrence(t, choreById.get(t.choreId()))).toList(),
                ledger.carriedInto(h.id(), runningSince, period, first, planned),
                new History(tasks.timesByMemberAndChore(h.id(), period.start().minusWeeks(4), period.start())));
        AssignmentResult result = FairRotation.assign(input);
        Map<UUID, Task> byId = new HashMap<>();
        toPlan.forEach(t -> byId.put(t.id(), t));
        int changed = 0;
        for (Assignment a : result.assignments()) {
            Task t = byId.get(a.occurrenceId());
            if (Objects.equals(t.assigneeMemberId(), a.memberId())) {
                continue;
            }
            tasks.assign(t.id(), a.memberId(), json.writeString(a.why()));
            changed++;
            if (t.assigneeMemberId() != null) {
                // A request to hand the task over is moot once it has moved away from the one who asked.
                substitutes.closeForTask(h.id(), t.id(), CloseReason.TASK_REMOVED);
            }
            if (a.memberId() == null) {
                continue;
            }
            if (t.assigneeMemberId() == null) {
                outbox.publish(t.id().toString(), new TaskAssigned(h.id(), t.id(), t.choreId(), t.choreName(), t.date(),
                        t.dueAt(), t.weight(), a.memberId()));
            } else {
                outbox.publish(t.id().toString(), new TaskReassigned(h.id(), t.id(), t.choreId(), t.choreName(), t.date(),
                        t.assigneeMemberId(), a.memberId(), reason == null ? ReassignReason.REGENERATED : reason));
            }
        }
        return changed;
    }

    /** RosterPublished once per period, when it first has assignees (a new household has no members at first). */
    private void publishRosterOnce(UUID householdId, Period period, List<Task> all, Instant now) {
        RosterPublished roster = roster(householdId, period, all);
        if (roster.shares().isEmpty()) {
            return;
        }
        int marked = jdbc.update("UPDATE periods SET published_at = ? WHERE household_id = ? AND period_start = ? "
                + "AND published_at IS NULL", java.sql.Timestamp.from(now), householdId.toString(),
                period.start());
        if (marked == 1) {
            outbox.publish(householdId.toString(), roster);
        }
    }

    private static RosterPublished roster(UUID householdId, Period period, List<Task> all) {
        Map<UUID, int[]> shares = new HashMap<>();
        for (Task t : all) {
            if (t.assigneeMemberId() != null) {
                int[] s = shares.computeIfAbsent(t.assigneeMemberId(), k -> new int[2]);
                s[0]++;
                s[1] += t.weight();
            }
        }
        List<RosterShare> list = new ArrayList<>();
        shares.forEach((m, s) -> list.add(new RosterShare(m, s[0], s[1])));
        list.sort(Comparator.comparing(RosterShare::memberId));
        return new RosterPublished(householdId, period.start(), period.end(), all.size(), list);
    }

    static MemberInfo memberInfo(HouseholdReplica.Member m, ZoneId zone) {
        return m.info(zone);
    }

    static Occurrence occurrence(Task t, Chore c) {
        return new Occurrence(t.id(), t.choreId(), t.choreName(), t.date(), t.weight(), Set.copyOf(c.candidateMemberIds()),
                c.minimumRole() == null ? null : Role.valueOf(c.minimumRole()));
    }
}
