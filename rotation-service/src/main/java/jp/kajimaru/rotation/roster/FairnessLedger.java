package jp.kajimaru.rotation.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.rotation.assignment.Ledger;
import jp.kajimaru.rotation.household.Member;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskRepository;
import org.springframework.stereotype.Component;

/**
 * The carried fairness balance, derived rather than booked: for each member, the weight of the tasks done for
 * them (credit goes to the assignee, whoever pressed "done") plus the tasks they hold in the running period,
 * minus their daily fair shares so far. An open task of a period that has ended counts for nobody, so skipping
 * costs the one who skipped. A share is split per day over the members present that day (joined, not busy),
 * so a newcomer or a unit switched mid-week is never charged twice or for days before joining.
 */
@Component
public class FairnessLedger {

    private final TaskRepository tasks;
    private final DailyShareRepository shares;

    FairnessLedger(TaskRepository tasks, DailyShareRepository shares) {
        this.tasks = tasks;
        this.shares = shares;
    }

    /** Balances of every member, for the dashboard; {@code runningSince} is the first day of the current period. */
    public Map<UUID, Double> balances(UUID householdId, LocalDate runningSince) {
        Map<UUID, Double> b = new HashMap<>();
        tasks.credit(householdId, runningSince).forEach(c -> b.merge(c.memberId(), c.weight().doubleValue(), Double::sum));
        shares.totals(householdId).forEach(s -> b.merge(s.memberId(), -s.share(), Double::sum));
        return b;
    }

    /**
     * What the assignment starts from when it plans {@code planned} in {@code period} from {@code firstPlanned} on:
     * credit up to the period's end except for the tasks being planned, minus the shares of the days before
     * {@code firstPlanned} (the algorithm spreads the planned days itself, over the members free on them). Later
     * periods, planned ahead, do not weigh on this one.
     */
    public Ledger carriedInto(UUID householdId, LocalDate runningSince, Period period, LocalDate firstPlanned,
                              Collection<UUID> planned) {
        Map<UUID, Double> b = new HashMap<>();
        // The nil id stands for "nothing to leave out" (an empty NOT IN list is not valid SQL).
        List<TaskRepository.MemberWeight> credit = tasks.creditExcept(householdId, runningSince, period.end(),
                planned.isEmpty() ? List.of(new UUID(0, 0)) : planned);
        credit.forEach(c -> b.merge(c.memberId(), c.weight().doubleValue(), Double::sum));
        shares.totalsBefore(householdId, firstPlanned).forEach(s -> b.merge(s.memberId(), -s.share(), Double::sum));
        Ledger ledger = Ledger.empty();
        for (Map.Entry<UUID, Double> e : b.entrySet()) {
            ledger = ledger.with(e.getKey(), e.getValue());
        }
        return ledger;
    }

    /**
     * Splits each day's assigned weight, from {@code from} to the period's end, equally over the members present that
     * day. Earlier days keep the shares they were given while they were still ahead.
     */
    public void recordShares(UUID householdId, Period period, LocalDate from, List<Task> periodTasks,
                             List<Member> members, ZoneId zone) {
        LocalDate first = from.isAfter(period.start()) ? from : period.start();
        if (first.isAfter(period.end())) {
            return;
        }
        Map<LocalDate, Integer> weightByDay = new HashMap<>();
        for (Task t : periodTasks) {
            if (t.assigneeMemberId() != null || t.completedBy() != null) {
                weightByDay.merge(t.date(), t.weight(), Integer::sum);
            }
        }
        Map<DailyShare.Key, Double> wanted = new HashMap<>();
        for (LocalDate day = first; !day.isAfter(period.end()); day = day.plusDays(1)) {
            int weight = weightByDay.getOrDefault(day, 0);
            LocalDate d = day;
            List<Member> present = members.stream().filter(m -> presentOn(m, d, zone)).toList();
            if (weight == 0 || present.isEmpty()) {
                continue;
            }
            double share = (double) weight / present.size();
            for (Member m : present) {
                wanted.put(new DailyShare.Key(householdId, day, m.id()), share);
            }
        }
        // The stored days follow what they should be: changed in place, gone when nobody shares them, added when new.
        for (DailyShare stored : shares.findByHouseholdIdAndDateBetween(householdId, first, period.end())) {
            Double share = wanted.remove(stored.getId());
            if (share == null) {
                shares.delete(stored);
            } else {
                stored.change(share);
            }
        }
        wanted.forEach((key, share) -> shares.save(new DailyShare(householdId, key.date(), key.memberId(), share)));
    }

    /** Joined by that day and not busy on it. */
    static boolean presentOn(Member m, LocalDate day, ZoneId zone) {
        return !m.info(zone).busyOn(day);
    }
}
