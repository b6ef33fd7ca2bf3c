package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Gives every occurrence of a period one eligible, non-busy member, balancing the total weighted load
 * across all chores (not chore by chore, the original app's defect).
 *
 * <p>Rule: occurrences are taken heaviest first (then by date, chore and id, so the result does not depend on
 * input order); each goes to the eligible member with the lowest standing, where standing = carried ledger
 * balance + weight assigned in this period − the member's availability-weighted part of what has been
 * assigned so far. Busy days shrink a member's fair share instead of counting against them. Ties go to the
 * member who did this chore less often (recently and within the period), then to the lower member id.
 *
 * <p>Guarantee (list scheduling, heaviest first): take the members who are eligible and available for
 * every occurrence of the period. The spread max − min of their (balance + assigned weight) after the period
 * is at most max(the spread of their balances before the period, the heaviest weight in the period).
 * Each step gives weight w to a member at the minimum, so that member ends at most w above every other; the
 * others do not move. {@code FairRotationPropertyTest} checks this over random households.
 */
public final class FairRotation {

    private static final double EPSILON = 1e-9;

    private FairRotation() {
    }

    public static AssignmentResult assign(AssignmentInput input) {
        List<MemberInfo> members = input.members().stream().sorted(Comparator.comparing(MemberInfo::id)).toList();
        Map<UUID, Double> availability = availability(input, members);
        double availableSum = availability.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<UUID, Double> assigned = new HashMap<>();
        Map<UUID, Map<UUID, Integer>> timesThisPeriod = new HashMap<>();
        double assignedSoFar = 0;

        List<Occurrence> order = input.occurrences().stream()
                .sorted(Comparator.comparingInt(Occurrence::weight).reversed()
                        .thenComparing(Occurrence::date).thenComparing(Occurrence::choreId).thenComparing(Occurrence::id))
                .toList();
        Map<UUID, Assignment> byOccurrence = new HashMap<>();
        for (Occurrence occ : order) {
            List<Explanation.Skipped> skipped = new ArrayList<>();
            List<MemberInfo> eligible = new ArrayList<>();
            for (MemberInfo m : members) {
                Explanation.Reason reason = whyNot(m, occ);
                if (reason == null) {
                    eligible.add(m);
                } else {
                    skipped.add(new Explanation.Skipped(m.id(), reason));
                }
            }
            Map<UUID, Double> loadBefore = new LinkedHashMap<>();
            for (MemberInfo m : eligible) {
                loadBefore.put(m.id(), round(input.ledger().balance(m.id()) + assigned.getOrDefault(m.id(), 0.0)));
            }
            if (eligible.isEmpty()) {
                byOccurrence.put(occ.id(), new Assignment(occ.id(), null,
                        new Explanation(loadBefore, 0, skipped, "nobody eligible and free")));
                continue;
            }
            final double soFar = assignedSoFar;
            Comparator<MemberInfo> standing = Comparator.comparingDouble(m ->
                    input.ledger().balance(m.id()) + assigned.getOrDefault(m.id(), 0.0)
                            - (availableSum == 0 ? 0 : availability.get(m.id()) * soFar / availableSum));
            MemberInfo chosen = eligible.stream().min(standing
                    .thenComparingInt(m -> variety(input.history(), timesThisPeriod, m.id(), occ.choreId()))
                    .thenComparing(MemberInfo::id)).orElseThrow();
            String rule = rule(eligible, chosen, standing, input.history(), timesThisPeriod, occ.choreId());
            assigned.merge(chosen.id(), (double) occ.weight(), Double::sum);
            timesThisPeriod.computeIfAbsent(chosen.id(), k -> new HashMap<>()).merge(occ.choreId(), 1, Integer::sum);
            assignedSoFar += occ.weight();
            byOccurrence.put(occ.id(), new Assignment(occ.id(), chosen.id(), new Explanation(loadBefore,
                    round(loadBefore.get(chosen.id()) + occ.weight()), skipped, rule)));
        }

        List<Assignment> assignments = input.occurrences().stream()
                .sorted(Comparator.comparing(Occurrence::date).thenComparing(Occurrence::choreId).thenComparing(Occurrence::id))
                .map(o -> byOccurrence.get(o.id())).toList();
        return new AssignmentResult(assignments, ledgerAfter(input, members, availability, assigned, assignedSoFar));
    }

    /** Shares go to members who could have taken part (eligible for some occurrence) by their free days. */
    private static Ledger ledgerAfter(AssignmentInput input, List<MemberInfo> members, Map<UUID, Double> availability,
                                      Map<UUID, Double> assigned, double total) {
        Map<UUID, Double> participating = new TreeMap<>();
        for (MemberInfo m : members) {
            boolean couldTakePart = input.occurrences().stream().anyMatch(o -> roleAndCandidateOk(m, o));
            if (couldTakePart && availability.get(m.id()) > 0) {
                participating.put(m.id(), availability.get(m.id()));
            }
        }
        double sum = participating.values().stream().mapToDouble(Double::doubleValue).sum();
        Ledger after = input.ledger();
        for (MemberInfo m : members) {
            double share = sum == 0 ? 0 : total * participating.getOrDefault(m.id(), 0.0) / sum;
            double delta = assigned.getOrDefault(m.id(), 0.0) - share;
            if (Math.abs(delta) > EPSILON) {
                after = after.with(m.id(), delta);
            }
        }
        return after;
    }

    private static Map<UUID, Double> availability(AssignmentInput input, List<MemberInfo> members) {
        long days = ChronoUnit.DAYS.between(input.periodStart(), input.periodEnd()) + 1;
        Map<UUID, Double> a = new HashMap<>();
        for (MemberInfo m : members) {
            long free = input.periodStart().datesUntil(input.periodEnd().plusDays(1)).filter(d -> !m.busyOn(d)).count();
            a.put(m.id(), days <= 0 ? 0 : (double) free / days);
        }
        return a;
    }

    static Explanation.Reason whyNot(MemberInfo m, Occurrence o) {
        if (!o.candidates().isEmpty() && !o.candidates().contains(m.id())) {
            return Explanation.Reason.NOT_CANDIDATE;
        }
        if (o.minimumRole() != null && m.role().compareTo(o.minimumRole()) < 0) {
            return Explanation.Reason.ROLE_TOO_LOW;
        }
        if (m.busyOn(o.date())) {
            return Explanation.Reason.BUSY;
        }
        return null;
    }

    private static boolean roleAndCandidateOk(MemberInfo m, Occurrence o) {
        Explanation.Reason r = whyNot(m, o);
        return r == null || r == Explanation.Reason.BUSY;
    }

    private static int variety(History history, Map<UUID, Map<UUID, Integer>> thisPeriod, UUID member, UUID chore) {
        return history.times(member, chore) + thisPeriod.getOrDefault(member, Map.of()).getOrDefault(chore, 0);
    }

    private static String rule(List<MemberInfo> eligible, MemberInfo chosen, Comparator<MemberInfo> standing,
                               History history, Map<UUID, Map<UUID, Integer>> thisPeriod, UUID chore) {
        List<MemberInfo> tiedOnLoad = eligible.stream().filter(m -> standing.compare(m, chosen) == 0).toList();
        if (tiedOnLoad.size() == 1) {
            return eligible.size() == 1 ? "only eligible member" : "least loaded";
        }
        int chosenTimes = variety(history, thisPeriod, chosen.id(), chore);
        boolean varietyDecided = tiedOnLoad.stream().anyMatch(m -> variety(history, thisPeriod, m.id(), chore) > chosenTimes);
        return varietyDecided ? "tie → fewer times on this chore" : "tie → member id";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

}
