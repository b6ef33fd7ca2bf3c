package jp.kajimaru.rotation.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.rotation.assignment.Ledger;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /** Credit: done tasks to whom they were done for, open ones to their holder while their period runs. */
    private static final String CREDIT = """
            SELECT COALESCE(assignee_member_id, completed_by) AS m, SUM(weight) FROM tasks
            WHERE household_id = ? AND COALESCE(assignee_member_id, completed_by) IS NOT NULL
              AND (status = 'DONE' OR task_date >= ?)""";

    private final JdbcTemplate jdbc;

    FairnessLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Balances of every member, for the dashboard; {@code runningSince} is the first day of the current period. */
    public Map<UUID, Double> balances(UUID householdId, LocalDate runningSince) {
        Map<UUID, Double> b = new HashMap<>();
        jdbc.query(CREDIT + " GROUP BY m", rs -> {
            b.merge(UUID.fromString(rs.getString(1)), rs.getDouble(2), Double::sum);
        }, householdId.toString(), runningSince);
        jdbc.query("SELECT member_id, SUM(share) FROM daily_shares WHERE household_id = ? GROUP BY member_id", rs -> {
            b.merge(UUID.fromString(rs.getString(1)), -rs.getDouble(2), Double::sum);
        }, householdId.toString());
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
        List<Object> args = new ArrayList<>(List.of(householdId.toString(), runningSince,
                period.end()));
        String notPlanned = "";
        if (!planned.isEmpty()) {
            notPlanned = " AND id NOT IN (" + String.join(",", java.util.Collections.nCopies(planned.size(), "?")) + ")";
            planned.forEach(id -> args.add(id.toString()));
        }
        jdbc.query(CREDIT + " AND task_date <= ?" + notPlanned + " GROUP BY m", rs -> {
            b.merge(UUID.fromString(rs.getString(1)), rs.getDouble(2), Double::sum);
        }, args.toArray());
        jdbc.query("SELECT member_id, SUM(share) FROM daily_shares WHERE household_id = ? AND share_date < ? GROUP BY member_id",
                rs -> {
                    b.merge(UUID.fromString(rs.getString(1)), -rs.getDouble(2), Double::sum);
                }, householdId.toString(), firstPlanned);
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
    public void recordShares(UUID householdId, Period period, LocalDate from, List<Task> tasks,
                             List<HouseholdReplica.Member> members, ZoneId zone) {
        LocalDate first = from.isAfter(period.start()) ? from : period.start();
        if (first.isAfter(period.end())) {
            return;
        }
        jdbc.update("DELETE FROM daily_shares WHERE household_id = ? AND share_date BETWEEN ? AND ?", householdId.toString(),
                first, period.end());
        Map<LocalDate, Integer> weightByDay = new HashMap<>();
        for (Task t : tasks) {
            if (t.assigneeMemberId() != null || t.completedBy() != null) {
                weightByDay.merge(t.date(), t.weight(), Integer::sum);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(period.end()); day = day.plusDays(1)) {
            int weight = weightByDay.getOrDefault(day, 0);
            LocalDate d = day;
            List<HouseholdReplica.Member> present = members.stream().filter(m -> presentOn(m, d, zone)).toList();
            if (weight == 0 || present.isEmpty()) {
                continue;
            }
            double share = (double) weight / present.size();
            for (HouseholdReplica.Member m : present) {
                rows.add(new Object[] {householdId.toString(), day, m.id().toString(), share});
            }
        }
        jdbc.batchUpdate("INSERT INTO daily_shares (household_id, share_date, member_id, share) VALUES (?, ?, ?, ?)", rows);
    }

    /** Joined by that day and not busy on it. */
    static boolean presentOn(HouseholdReplica.Member m, LocalDate day, ZoneId zone) {
        return !m.info(zone).busyOn(day);
    }
}
