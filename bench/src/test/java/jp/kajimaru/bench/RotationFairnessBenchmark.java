package jp.kajimaru.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assignment throughput (100 000 synthetic households) and fairness over 12 simulated weeks with busy
 * spells and substitutions: Kajimaru's FairRotation against round-robin per chore, least-assigned count
 * (Grocy/Donetick style) and the original app's per-chore roulette, in one run on the same households.
 * Results: bench/results/rotation-fairness.md.
 */
class RotationFairnessBenchmark {

    static final LocalDate START = LocalDate.of(2026, 11, 30);
    // the original app's eleven chores: weekday mask (Mon=1 … Sun=64), weight; cooking needs a member or admin
    static final int[][] CHORES = {{127, 5}, {96, 3}, {127, 5}, {127, 3}, {64, 2}, {127, 2}, {127, 1}, {64, 2}, {127, 3},
            {127, 4}, {32, 3}};
    static final Set<Integer> COOKING = Set.of(0, 1, 2);

    interface Strategy {
        String name();

        /** Assigns one week; returns occurrence id → member (null: nobody free). */
        Map<UUID, UUID> week(List<MemberInfo> members, List<Occurrence> occurrences, LocalDate monday, Random random);

        /** Called with what really happened (after substitutions), for strategies that keep history. */
        void done(Occurrence o, UUID doneBy);
    }

    @Test
    void throughputAndFairness() throws Exception {
        StringBuilder report = new StringBuilder("# Rotation: throughput and fairness\n\nRun ").append(Instant.now())
                .append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, one thread.\n\n");
        throughput(report);
        fairness(report);
        Path out = Path.of(System.getProperty("user.dir")).resolve("results/rotation-fairness.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private void throughput(StringBuilder report) {
        int households = Integer.getInteger("bench.households", 100_000);
        Random r = new Random(1);
        List<AssignmentInput> inputs = new ArrayList<>();
        for (int h = 0; h < 2_000; h++) {
            inputs.add(syntheticHousehold(r));
        }
        for (int i = 0; i < 5_000; i++) {
            FairRotation.assign(inputs.get(i % inputs.size()));
        }
        long t0 = System.nanoTime();
        long assigned = 0;
        for (int i = 0; i < households; i++) {
            assigned += FairRotation.assign(inputs.get(i % inputs.size())).assignments().size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(assigned).isPositive();
        report.append("## Throughput\n\n").append(String.format("%,d households (10 members, ~30 occurrences a week each, "
                + "mixed weights, candidate lists and minimum roles) in %.2f s: **%,.0f households/s**, %.3f ms each, "
                + "%,d assignments.%n%n", households, seconds, households / seconds, seconds * 1000 / households, assigned));
    }

    private static AssignmentInput syntheticHousehold(Random r) {
        List<MemberInfo> members = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            members.add(new MemberInfo(new UUID(7, m), "m" + m, m < 2 ? Role.ADMIN : m < 7 ? Role.MEMBER : Role.CHILD,
                    r.nextInt(5) == 0 ? List.of(new BusySpan(START.plusDays(r.nextInt(7)), START.plusDays(r.nextInt(7) + 1)))
                            : List.of()));
        }
        List<Occurrence> occ = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Set<UUID> candidates = new HashSet<>();
            if (r.nextInt(4) == 0) {
                for (int k = 0; k < 3; k++) {
                    candidates.add(new UUID(7, r.nextInt(10)));
                }
            }
            occ.add(new Occurrence(new UUID(8, i), new UUID(9, r.nextInt(12)), "c", START.plusDays(r.nextInt(7)),
                    1 + r.nextInt(5), candidates, r.nextInt(5) == 0 ? Role.MEMBER : null));
        }
        return new AssignmentInput(START, START.plusDays(6), members, occ, Ledger.empty(), History.empty());
    }

    private void fairness(StringBuilder report) {
        int households = Integer.getInteger("bench.fairnessHouseholds", 300);
        report.append("## Fairness over 12 weeks\n\n").append(households).append(" simulated families of three adults and one ")
                .append("child with the original eleven chores (cooking only for adults). Each week each person is busy ")
                .append("1–3 days with probability 0.25, and 5 % of tasks are done by someone else (a substitution). ")
                .append("Load = weight actually done; fair = proportional to days available. Lower is better.\n\n")
                .append("| algorithm | adults' spread of load per available day (avg) | CV across adults (avg) | "
                        + "worst weekly spread among fully available adults (avg) |\n|---|---|---|---|\n");
        for (String name : List.of("kajimaru", "round-robin", "least-assigned", "original-roulette")) {
            double spread = 0;
            double cv = 0;
            double worstWeek = 0;
            for (int h = 0; h < households; h++) {
                double[] result = simulate(strategy(name), new Random(1000 + h));
                spread += result[0];
                cv += result[1];
                worstWeek += result[2];
            }
            report.append(String.format("| %s | %.3f | %.3f | %.1f |%n", name, spread / households, cv / households,
                    worstWeek / households));
        }
        report.append("\nSpread = max − min of weight done per available day over the 12 weeks; CV = standard deviation / mean. ")
                .append("The child is left out of the spread (cooking is not his), but takes part in every algorithm.\n");
    }

    /** Returns {spread per available day, CV, worst weekly spread} for the adults of one family. */
    private double[] simulate(Strategy s, Random random) {
        List<UUID> ids = List.of(new UUID(3, 1), new UUID(3, 2), new UUID(3, 3), new UUID(3, 4));
        Map<UUID, Double> done = new HashMap<>();
        Map<UUID, Integer> availableDays = new HashMap<>();
        double worstWeek = 0;
        for (int w = 0; w < 12; w++) {
            LocalDate monday = START.plusWeeks(w);
            List<MemberInfo> members = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<BusySpan> busy = new ArrayList<>();
                if (random.nextInt(4) == 0) {
                    LocalDate from = monday.plusDays(random.nextInt(7));
                    busy.add(new BusySpan(from, from.plusDays(random.nextInt(3))));
                }
                members.add(new MemberInfo(ids.get(i), "p" + i, i == 3 ? Role.CHILD : i == 0 ? Role.ADMIN : Role.MEMBER, busy));
            }
            for (MemberInfo m : members) {
                int free = (int) monday.datesUntil(monday.plusDays(7)).filter(d -> !m.busyOn(d)).count();
                availableDays.merge(m.id(), free, Integer::sum);
            }
            List<Occurrence> occurrences = week(monday);
            Map<UUID, UUID> plan = s.week(members, occurrences, monday, random);
            Map<UUID, Double> thisWeek = new HashMap<>();
            for (Occurrence o : occurrences) {
                UUID who = plan.get(o.id());
                if (who == null) {
                    continue;
                }
                if (random.nextInt(20) == 0) {
                    UUID planned = who;
                    List<MemberInfo> others = members.stream().filter(m -> !m.id().equals(planned) && !m.busyOn(o.date())
                            && (o.minimumRole() == null || m.role().compareTo(o.minimumRole()) >= 0)).toList();
                    if (!others.isEmpty()) {
                        who = others.get(random.nextInt(others.size())).id();
                    }
                }
                done.merge(who, (double) o.weight(), Double::sum);
                thisWeek.merge(who, (double) o.weight(), Double::sum);
                s.done(o, who);
            }
            List<Double> fullyAvailableAdults = new ArrayList<>();
            for (MemberInfo m : members.subList(0, 3)) {
                if (m.busy().isEmpty()) {
                    fullyAvailableAdults.add(thisWeek.getOrDefault(m.id(), 0.0));
                }
            }
            if (fullyAvailableAdults.size() >= 2) {
                worstWeek = Math.max(worstWeek, fullyAvailableAdults.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                        - fullyAvailableAdults.stream().mapToDouble(Double::doubleValue).min().orElse(0));
            }
        }
        double[] perDay = new double[3];
        for (int i = 0; i < 3; i++) {
            perDay[i] = done.getOrDefault(ids.get(i), 0.0) / availableDays.get(ids.get(i));
        }
        double mean = (perDay[0] + perDay[1] + perDay[2]) / 3;
        double var = 0;
        for (double v : perDay) {
            var += (v - mean) * (v - mean) / 3;
        }
        double max = Math.max(perDay[0], Math.max(perDay[1], perDay[2]));
        double min = Math.min(perDay[0], Math.min(perDay[1], perDay[2]));
        return new double[] {max - min, Math.sqrt(var) / mean, worstWeek};
    }

    static List<Occurrence> week(LocalDate monday) {
        List<Occurrence> list = new ArrayList<>();
        int n = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            int bit = 1 << (day.getDayOfWeek().getValue() - 1);
            for (int c = 0; c < CHORES.length; c++) {
                if ((CHORES[c][0] & bit) != 0) {
                    list.add(new Occurrence(new UUID(monday.toEpochDay(), n++), new UUID(5, c), "c" + c, day, CHORES[c][1],
                            Set.of(), COOKING.contains(c) ? Role.MEMBER : null));
                }
            }
        }
        return list;
    }

    static Strategy strategy(String name) {
        return switch (name) {
            case "kajimaru" -> new Kajimaru();
            case "round-robin" -> new RoundRobin();
            case "least-assigned" -> new LeastAssigned();
            default -> new OriginalRoulette();
        };
    }

    static boolean eligible(MemberInfo m, Occurrence o) {
        return !m.busyOn(o.date()) && (o.minimumRole() == null || m.role().compareTo(o.minimumRole()) >= 0);
    }

    /** The production algorithm, carrying its ledger, with substitutions moving credit. */
    static final class Kajimaru implements Strategy {
        private Ledger ledger = Ledger.empty();
        private final Map<UUID, UUID> planned = new HashMap<>();

        public String name() {
            return "kajimaru";
        }

        public Map<UUID, UUID> week(List<MemberInfo> members, List<Occurrence> occurrences, LocalDate monday, Random random) {
            AssignmentResult r = FairRotation.assign(new AssignmentInput(monday, monday.plusDays(6), members, occurrences, ledger,
                    History.empty()));
            ledger = r.ledgerAfter();
            Map<UUID, UUID> plan = new HashMap<>();
            for (Assignment a : r.assignments()) {
                plan.put(a.occurrenceId(), a.memberId());
            }
            planned.putAll(plan);
            return plan;
        }

        public void done(Occurrence o, UUID doneBy) {
            UUID plannedFor = planned.get(o.id());
            if (plannedFor != null && !plannedFor.equals(doneBy)) {
                ledger = ledger.with(plannedFor, -o.weight()).with(doneBy, o.weight());
            }
        }
    }

    /** Each chore cycles through the members in a fixed order, skipping whoever cannot. */
    static final class RoundRobin implements Strategy {
        private final Map<UUID, Integer> next = new HashMap<>();

        public String name() {
            return "round-robin";
        }

        public Map<UUID, UUID> week(List<MemberInfo> members, List<Occurrence> occurrences, LocalDate monday, Random random) {
            Map<UUID, UUID> plan = new HashMap<>();
            for (Occurrence o : occurrences) {
                int start = next.getOrDefault(o.choreId(), 0);
                for (int k = 0; k < members.size(); k++) {
                    MemberInfo m = members.get((start + k) % members.size());
                    if (eligible(m, o)) {
                        plan.put(o.id(), m.id());
                        next.put(o.choreId(), (start + k + 1) % members.size());
                        break;
                    }
                }
            }
            return plan;
        }

        public void done(Occurrence o, UUID doneBy) {
        }
    }

    /** Grocy/Donetick style: whoever has the fewest tasks so far (weights ignored). */
    static final class LeastAssigned implements Strategy {
        private final Map<UUID, Integer> count = new HashMap<>();

        public String name() {
            return "least-assigned";
        }

        public Map<UUID, UUID> week(List<MemberInfo> members, List<Occurrence> occurrences, LocalDate monday, Random random) {
            Map<UUID, UUID> plan = new HashMap<>();
            for (Occurrence o : occurrences) {
                MemberInfo best = null;
                for (MemberInfo m : members) {
                    if (eligible(m, o) && (best == null || count.getOrDefault(m.id(), 0) < count.getOrDefault(best.id(), 0))) {
                        best = m;
                    }
                }
                if (best != null) {
                    plan.put(o.id(), best.id());
                    count.merge(best.id(), 1, Integer::sum);
                }
            }
            return plan;
        }

        public void done(Occurrence o, UUID doneBy) {
        }
    }

    /** The original app (original-app.md §2.5): per chore, roulette with weight 1 / max(c·(1+w) − 2·[unfinished], 1). */
    static final class OriginalRoulette implements Strategy {
        private final List<Object[]> history = new ArrayList<>(); // {choreId, memberId, date, completed}

        public String name() {
            return "original-roulette";
        }

        public Map<UUID, UUID> week(List<MemberInfo> members, List<Occurrence> occurrences, LocalDate monday, Random random) {
            Map<UUID, UUID> plan = new HashMap<>();
            for (Occurrence o : occurrences) {
                List<MemberInfo> candidates = members.stream().filter(m -> eligible(m, o)).toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                double[] r = new double[candidates.size()];
                double sum = 0;
                for (int i = 0; i < r.length; i++) {
                    UUID m = candidates.get(i).id();
                    int completed = 0;
                    boolean unfinished = false;
                    for (Object[] h : history) {
                        if (h[0].equals(o.choreId()) && h[1].equals(m) && !((LocalDate) h[2]).isBefore(o.date().minusDays(90))) {
                            if ((Boolean) h[3]) {
                                completed++;
                            } else {
                                unfinished = true;
                            }
                        }
                    }
                    double score = completed * (1.0 + o.weight()) - (unfinished ? 2 : 0);
                    r[i] = 1.0 / Math.max(score, 1);
                    sum += r[i];
                }
                double draw = random.nextDouble() * sum;
                MemberInfo chosen = candidates.get(candidates.size() - 1);
                double acc = 0;
                for (int i = 0; i < r.length; i++) {
                    acc += r[i];
                    if (acc >= draw) {
                        chosen = candidates.get(i);
                        break;
                    }
                }
                plan.put(o.id(), chosen.id());
                history.add(new Object[] {o.choreId(), chosen.id(), o.date(), false});
            }
            return plan;
        }

        public void done(Occurrence o, UUID doneBy) {
            // Generated tasks of the week become completed by whoever did them.
            for (Object[] h : history) {
                if (h[0].equals(o.choreId()) && h[2].equals(o.date()) && !(Boolean) h[3]) {
                    h[1] = doneBy;
                    h[3] = true;
                    break;
                }
            }
        }
    }
}
