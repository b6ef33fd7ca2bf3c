package jp.kajimaru.rotation.roster;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The carried fairness balance, derived rather than booked: for each member, the weight of the tasks they
 * did (or hold, while open) minus their fair shares of the periods so far. A task done by someone else
 * credits the one who did it; busy days shrink a member's share instead of counting against them.
 */
@Component
public class FairnessLedger {

    private final JdbcTemplate jdbc;

    FairnessLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Balances of every member, for the dashboard. */
    public Map<UUID, Double> balances(UUID householdId) {
        Map<UUID, Double> b = new HashMap<>();
        jdbc.query("""
                SELECT COALESCE(completed_by, assignee_member_id) AS m, SUM(weight) FROM tasks
                WHERE household_id = ? AND COALESCE(completed_by, assignee_member_id) IS NOT NULL GROUP BY m""",
                rs -> {
                    b.merge(UUID.fromString(rs.getString(1)), rs.getDouble(2), Double::sum);
                }, householdId.toString());
        jdbc.query("SELECT member_id, SUM(share) FROM fair_shares WHERE household_id = ? GROUP BY member_id",
                rs -> {
                    b.merge(UUID.fromString(rs.getString(1)), -rs.getDouble(2), Double::sum);
                }, householdId.toString());
        return b;
    }

    /**
     * What the assignment starts from when it plans {@code planned}: their weight is left out, and so are the
     * shares of the period being planned (the algorithm spreads that period itself).
     */
    public Ledger balancesExcluding(UUID householdId, Collection<UUID> planned) {
        Map<UUID, Double> b = balances(householdId);
        if (!planned.isEmpty()) {
            String marks = String.join(",", java.util.Collections.nCopies(planned.size(), "?"));
            Object[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(householdId.toString()),
                    planned.stream().map(UUID::toString)).toArray();
            jdbc.query("SELECT COALESCE(completed_by, assignee_member_id), weight FROM tasks WHERE household_id = ? "
                    + "AND COALESCE(completed_by, assignee_member_id) IS NOT NULL AND id IN (" + marks + ")", rs -> {
                        b.merge(UUID.fromString(rs.getString(1)), -rs.getDouble(2), Double::sum);
                    }, args);
            LocalDate periodStart = jdbc.query("SELECT MAX(period_start) FROM tasks WHERE household_id = ? AND id IN ("
                    + marks + ")", (rs, i) -> rs.getDate(1), args).stream().findFirst().map(Date::toLocalDate).orElse(null);
            if (periodStart != null) {
                jdbc.query("SELECT member_id, share FROM fair_shares WHERE household_id = ? AND period_start = ?", rs -> {
                    b.merge(UUID.fromString(rs.getString(1)), rs.getDouble(2), Double::sum);
                }, householdId.toString(), Date.valueOf(periodStart));
            }
        }
        Ledger ledger = Ledger.empty();
        for (Map.Entry<UUID, Double> e : b.entrySet()) {
            ledger = ledger.with(e.getKey(), e.getValue());
        }
        return ledger;
    }

    /** Splits the period's assigned weight over the members by the days each was available. */
    public void recordShares(UUID householdId, Period period, List<Task> tasks, List<HouseholdReplica.Member> members,
                             ZoneId zone) {
        double total = tasks.stream().filter(t -> t.assigneeMemberId() != null || t.completedBy() != null)
                .mapToInt(Task::weight).sum();
        Map<UUID, Long> available = new HashMap<>();
        for (HouseholdReplica.Member m : members) {
            var info = RosterGenerator.memberInfo(m, zone);
            available.put(m.id(), period.days().stream().filter(d -> info.busy().stream().noneMatch(s ->
                    !d.isBefore(s.from()) && (s.untilInclusive() == null || !d.isAfter(s.untilInclusive())))).count());
        }
        long sum = available.values().stream().mapToLong(Long::longValue).sum();
        jdbc.update("DELETE FROM fair_shares WHERE household_id = ? AND period_start = ?", householdId.toString(),
                Date.valueOf(period.start()));
        for (Map.Entry<UUID, Long> e : available.entrySet()) {
            double share = sum == 0 ? 0 : total * e.getValue() / sum;
            jdbc.update("INSERT INTO fair_shares (household_id, member_id, period_start, share) VALUES (?, ?, ?, ?)",
                    householdId.toString(), e.getKey().toString(), Date.valueOf(period.start()), share);
        }
    }
}
