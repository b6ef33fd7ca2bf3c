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
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.RosterPublished;
import jp.kajimaru.events.rotation.RosterShare;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.rotation.assignment.Assignment;
import jp.kajimaru.rotation.assignment.AssignmentInput;
import jp.kajimaru.rotation.assignment.AssignmentResult;
import jp.kajimaru.rotation.assignment.BusySpan;
import jp.kajimaru.rotation.assignment.FairRotation;
import jp.kajimaru.rotation.assignment.History;
import jp.kajimaru.rotation.assignment.Ledger;
import jp.kajimaru.rotation.assignment.MemberInfo;
import jp.kajimaru.rotation.assignment.Occurrence;
import jp.kajimaru.rotation.assignment.Role;
import jp.kajimaru.rotation.chore.Chore;
import jp.kajimaru.rotation.chore.ChoreRepository;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a period's tasks from the active chores and gives every open, unpinned, not-yet-started one an
 * assignee with {@link FairRotation}. Idempotent: occurrences are unique per chore and day, done tasks
 * and history are never touched, and running it again only fills what is missing — or, with
 * {@code reassignFuture}, re-plans the open future (admin "regenerate", a member becoming busy).
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

    RosterGenerator(HouseholdReplica replica, ChoreRepository chores, TaskRepository tasks, FairnessLedger ledger,
                    OutboxWriter outbox, EventJson json, JdbcTemplate jdbc, Clock clock, RotationSettings settings) {
        this.settings = settings;
        this.replica = replica;
        this.chores = chores;
        this.tasks = tasks;
        this.ledger = ledger;
        this.outbox = outbox;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The household's current period (and the next one when it starts within a day), as needed. */
    @Transactional
    public int ensureCurrent(UUID householdId) {
        HouseholdReplica.Household h = replica.household(householdId).orElse(null);
        if (h == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(h.timeZone())));
        Period current = Period.containing(today, h.rotationUnit());
        int n = plan(h, current, today, Set.of(), null);
        if (!current.end().isAfter(today)) {
            n += plan(h, current.next(), today, Set.of(), null);
        }
        return n;
    }

    /**
     * Re-plans open, unpinned tasks of the current period from today on: all of them (admin regenerate), or
     * only one member's (busy, removed). Done tasks and history stay as they are.
     */
    @Transactional
    public int replanFuture(UUID householdId, UUID onlyOfMember, ReassignReason reason) {
        return replanFuture(householdId, onlyOfMember, reason, (day, zone) -> true);
    }

    /** Like {@link #replanFuture(UUID, UUID, ReassignReason)}, for the days {@code when} accepts. */
    @Transactional
    public int replanFuture(UUID householdId, UUID onlyOfMember, ReassignReason reason,
                            java.util.function.BiPredicate<LocalDate, ZoneId> when) {
        HouseholdReplica.Household h = replica.household(householdId).orElse(null);
        if (h == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(h.timeZone())));
        Period period = Period.containing(today, h.rotationUnit());
        Set<UUID> release = new HashSet<>();
        for (Task t : tasks.between(householdId, today, period.end())) {
            if (t.open() && !t.pinned() && (onlyOfMember == null || onlyOfMember.equals(t.assigneeMemberId()))
                    && when.test(t.date(), ZoneId.of(h.timeZone()))) {
                release.add(t.id());
            }
        }
        return plan(h, period, today, release, reason);
    }

    private int plan(HouseholdReplica.Household h, Period period, LocalDate today, Set<UUID> release,
                     ReassignReason reason) {
        ZoneId zone = ZoneId.of(h.timeZone());
        Instant now = clock.instant();
        boolean newPeriod = jdbc.update("INSERT IGNORE INTO periods (household_id, period_start, period_end, generated_at) "
                + "VALUES (?, ?, ?, ?)", h.id().toString(), java.sql.Date.valueOf(period.start()),
                java.sql.Date.valueOf(period.end()), java.sql.Timestamp.from(now)) == 1;
        List<Chore> active = chores.inHousehold(h.id()).stream().filter(Chore::active).toList();
        LocalTime defaultDue = settings.defaultDueTime(h.id()).orElse(LocalTime.MAX);
        for (LocalDate day : period.days()) {
            if (day.isBefore(today)) {
                continue;
            }
            for (Chore c : active) {
                if (c.schedule().occursOn(day, LocalDate.EPOCH)) {
                    LocalTime due = c.dueTime() != null ? c.dueTime() : defaultDue;
                    Instant dueAt = day.atTime(due).atZone(zone).toInstant();
                    tasks.insertIfAbsent(new Task(UUID.randomUUID(), h.id(), c.id(), c.name(), day, dueAt, c.weight(),
                            period.start(), null, false, Task.Status.OPEN, null, null, null), now);
                }
            }
        }
        List<Task> inPeriod = tasks.between(h.id(), period.start(), period.end());
        Map<UUID, Chore> choreById = new HashMap<>();
        active.forEach(c -> choreById.put(c.id(), c));
        List<Task> toPlan = inPeriod.stream()
                .filter(t -> t.open() && !t.pinned() && !t.date().isBefore(today) && choreById.containsKey(t.choreId()))
                .filter(t -> release.contains(t.id()) || t.assigneeMemberId() == null)
                .toList();
        if (toPlan.isEmpty() && !newPeriod) {
            return 0;
        }
        Set<UUID> planned = new HashSet<>();
        toPlan.forEach(t -> planned.add(t.id()));
        List<HouseholdReplica.Member> members = replica.activeMembers(h.id());
        Ledger carried = ledger.balancesExcluding(h.id(), planned);
        AssignmentInput input = new AssignmentInput(period.start(), period.end(), members.stream().map(m -> memberInfo(m, zone)).toList(),
                toPlan.stream().map(t -> occurrence(t, choreById.get(t.choreId()))).toList(), carried,
                new History(tasks.timesByMemberAndChore(h.id(), period.start().minusWeeks(4), period.start())));
        AssignmentResult result = FairRotation.assign(input);
        Map<UUID, Task> byId = new HashMap<>();
        toPlan.forEach(t -> byId.put(t.id(), t));
        int changed = 0;
        for (Assignment a : result.assignments()) {
            Task t = byId.get(a.occurrenceId());
            if (java.util.Objects.equals(t.assigneeMemberId(), a.memberId())) {
                continue;
            }
            tasks.assign(t.id(), a.memberId(), json.writeString(a.why()));
            changed++;
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
        ledger.recordShares(h.id(), period, tasks.between(h.id(), period.start(), period.end()), members, zone);
        if (newPeriod) {
            outbox.publish(h.id().toString(), roster(h.id(), period));
        }
        return changed;
    }

    /** Moves the due time of open future tasks whose chore has none of its own to the household default. */
    @Transactional
    public void applyDueTimes(UUID householdId) {
        HouseholdReplica.Household h = replica.household(householdId).orElse(null);
        if (h == null) {
            return;
        }
        ZoneId zone = ZoneId.of(h.timeZone());
        LocalTime defaultDue = settings.defaultDueTime(householdId).orElse(LocalTime.MAX);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<UUID, Chore> byId = new HashMap<>();
        chores.inHousehold(householdId).forEach(c -> byId.put(c.id(), c));
        for (Task t : tasks.between(householdId, today, today.plusDays(62))) {
            Chore c = byId.get(t.choreId());
            if (t.open() && c != null && c.dueTime() == null) {
                jdbc.update("UPDATE tasks SET due_at = ? WHERE id = ?",
                        java.sql.Timestamp.from(t.date().atTime(defaultDue).atZone(zone).toInstant()), t.id().toString());
            }
        }
    }

    private RosterPublished roster(UUID householdId, Period period) {
        List<Task> all = tasks.between(householdId, period.start(), period.end());
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
        List<BusySpan> busy = m.busyFrom() == null ? List.of() : List.of(new BusySpan(
                m.busyFrom().atZone(zone).toLocalDate(),
                m.busyUntil() == null ? null : m.busyUntil().minusNanos(1).atZone(zone).toLocalDate()));
        return new MemberInfo(m.id(), m.displayName(), Role.valueOf(m.role()), busy);
    }

    static Occurrence occurrence(Task t, Chore c) {
        return new Occurrence(t.id(), t.choreId(), t.choreName(), t.date(), t.weight(), Set.copyOf(c.candidateMemberIds()),
                c.minimumRole() == null ? null : Role.valueOf(c.minimumRole()));
    }
}
