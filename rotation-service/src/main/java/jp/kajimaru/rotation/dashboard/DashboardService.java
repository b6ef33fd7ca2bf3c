package jp.kajimaru.rotation.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jp.kajimaru.rotation.household.Household;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.household.HouseholdSettingUpException;
import jp.kajimaru.rotation.household.Member;
import jp.kajimaru.rotation.roster.FairnessLedger;
import jp.kajimaru.rotation.roster.Period;
import jp.kajimaru.rotation.substitute.SubstituteRequest;
import jp.kajimaru.rotation.substitute.SubstituteService;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskRepository;
import jp.kajimaru.rotation.task.TaskView;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home screen's read model, in a fixed number of queries whatever the size of the household: the household, its
 * members, the period's tasks, the overdue ones, the two sides of the ledger and the substitute requests.
 */
@Service
class DashboardService {

    private final HouseholdReplica replica;
    private final TaskRepository tasks;
    private final FairnessLedger ledger;
    private final Clock clock;
    private final SubstituteService substitutes;

    DashboardService(HouseholdReplica replica, TaskRepository tasks, FairnessLedger ledger, Clock clock,
                     SubstituteService substitutes) {
        this.substitutes = substitutes;
        this.replica = replica;
        this.tasks = tasks;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Dashboard build(CurrentMember caller) {
        Household h = replica.householdOfCaller(caller.householdId());
        Instant now = clock.instant();
        LocalDate today = h.today(clock);
        Period period = Period.containing(today, h.rotationUnit());
        List<Member> members = replica.activeMembers(h.id());
        if (members.isEmpty()) {
            // Its founder's MemberJoined, which plans the first week, is still on its way.
            throw new HouseholdSettingUpException();
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        members.forEach(m -> names.put(m.id(), m.displayName()));
        List<TaskView> all = tasks.findByHouseholdIdAndDateBetweenOrderByDateAscWeightDescChoreNameAsc(h.id(),
                period.start(), period.end()).stream().map(t -> TaskView.of(t, names, now)).toList();
        List<TaskView> todays = all.stream().filter(t -> t.date().equals(today)).toList();
        Map<UUID, Double> balances = ledger.balances(h.id(), period.start());

        List<Dashboard.MemberStats> stats = new ArrayList<>();
        for (Member m : members) {
            List<TaskView> mine = all.stream().filter(t -> m.id().equals(t.assigneeMemberId())).toList();
            int done = (int) mine.stream().filter(DashboardService::done).count();
            stats.add(new Dashboard.MemberStats(m.id(), m.displayName(), mine.size(), done, percent(done, mine.size()),
                    mine.stream().mapToInt(TaskView::weight).sum(), Math.round(balances.getOrDefault(m.id(), 0.0) * 10) / 10.0));
        }
        Map<UUID, Dashboard.ChoreRow> rows = new LinkedHashMap<>();
        for (TaskView t : all) {
            rows.computeIfAbsent(t.choreId(), k -> new Dashboard.ChoreRow(t.choreId(), t.choreName(), new ArrayList<>()))
                    .cells().add(t);
        }
        List<TaskView> overdue = tasks.findByHouseholdIdAndStatusAndDueAtLessThanEqualOrderByDueAtDesc(h.id(),
                Task.Status.OPEN, now, Limit.of(50)).stream().map(t -> TaskView.of(t, names, now)).toList();
        return new Dashboard(today, period.start(), period.end(), todays,
                todays.stream().filter(t -> caller.memberId() != null && caller.memberId().equals(t.assigneeMemberId())).toList(),
                percentOf(todays, DashboardService::done), percentOf(all, DashboardService::done), stats,
                todays.stream().filter(t -> !done(t) && !t.overdue()).toList(), overdue, period.days(),
                new ArrayList<>(rows.values()),
                substitutes.recent(caller).stream().filter(r -> r.status() == SubstituteRequest.Status.OPEN).toList());
    }

    private static boolean done(TaskView t) {
        return "DONE".equals(t.status());
    }

    private static int percentOf(List<TaskView> list, Predicate<TaskView> p) {
        return percent((int) list.stream().filter(p).count(), list.size());
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
