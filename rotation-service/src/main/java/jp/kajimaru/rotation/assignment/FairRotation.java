package jp.kajimaru.rotation.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Gives every occurrence of a period one eligible, free member, balancing the total weighted load across
 * all chores together (the original app balanced each chore alone, so one person could get every heavy one).
 *
 * <h2>Rule</h2>
 * A member's <em>fair share</em> of the period is the total weight that can be assigned (occurrences with at
 * least one eligible member) times the member's free days, divided by the free days of all members who are
 * eligible for at least one occurrence. Busy days therefore shrink the share instead of counting against
 * anyone, and a member busy the whole period has share 0 and keeps their balance. A member's
 * <em>load</em> is where their ledger would end if the period stopped now:
 * {@code balance + weight given this period − fair share}. Occurrences are taken heaviest first (then date,
 * chore id, occurrence id; members by id, so input order never matters) and each goes to the eligible member
 * with the lowest load. Loads within {@value #TIE} count as equal; ties go to the member who did the chore
 * fewer times (history plus this period), then to the lower member id. Afterwards each member's ledger moves
 * by {@code assigned − fair share}; these moves sum to zero.
 *
 * <h2>Guarantee</h2>
 * For any members p and q such that q was eligible and free for every occurrence p received this period:
 * <pre>  ledgerAfter(p) − ledgerAfter(q) ≤ the lightest weight p received.</pre>
 * Proof: when p got its last occurrence, p's load was the lowest among the eligible, so at most q's load then,
 * which can only have grown since; p's load then rose by that occurrence's weight, which is p's lightest
 * because occurrences come heaviest first. (Up to {@value #TIE} for ties.)
 * <p>Consequence, the list-scheduling bound: among the members free every day of the period and eligible for
 * every occurrence (equal shares, so ledger differences are differences of {@code balance + assigned weight}),
 * the spread max − min of {@code balance + assigned weight} after the period is at most max(their spread
 * before the period, the heaviest weight of the period). A member who received something ends at most one
 * weight above the others; one who received nothing kept a balance that was within the old spread.
 * {@code FairRotationPropertyTest} checks both over random households.
 *
 * <p>Shares follow availability, not eligibility: a member who may do few chores (a child, a short candidate
 * list) can end a period below their share, and that deficit gives them first pick of what they can do later.
 * If what they may do is lighter than their share period after period, their deficit keeps growing; the
 * guarantee above still holds, but their balance then says "could not", not "would not".
 */
public final class FairRotation {

    /** Loads are sums of fractional shares; a rounding crumb must not outrank variety or decide who cooks. */
    static final double TIE = 1e-9;

    private static final Comparator<Occurrence> HEAVIEST_FIRST = Comparator.comparingInt(Occurrence::weight).reversed()
            .thenComparing(Occurrence::date).thenComparing(Occurrence::choreId).thenComparing(Occurrence::id);

    private static final Comparator<Occurrence> CALENDAR = Comparator.comparing(Occurrence::date)
            .thenComparing(Occurrence::choreId).thenComparing(Occurrence::id);

    private FairRotation() {
    }

    public static AssignmentResult assign(AssignmentInput input) {
        List<MemberInfo> members = input.members().stream().sorted(Comparator.comparing(MemberInfo::id)).toList();
        List<Occurrence> order = input.occurrences().stream().sorted(HEAVIEST_FIRST).toList();

        List<Slot> slots = new ArrayList<>(order.size());
        Set<UUID> participants = new HashSet<>();
        double total = 0;
        for (Occurrence o : order) {
            List<MemberInfo> eligible = new ArrayList<>(members.size());
            List<Explanation.Skipped> skipped = new ArrayList<>();
            for (MemberInfo m : members) {
                Explanation.Reason reason = whyNot(m, o);
                if (reason == null) {
                    eligible.add(m);
                    participants.add(m.id());
                } else {
                    skipped.add(new Explanation.Skipped(m.id(), reason));
                }
            }
            slots.add(new Slot(o, eligible, List.copyOf(skipped)));
            total += eligible.isEmpty() ? 0 : o.weight();
        }
        Map<UUID, Double> share = shares(input, members, participants, total);

        Map<UUID, Double> load = new HashMap<>();
        members.forEach(m -> load.put(m.id(), input.ledger().balance(m.id()) - share.get(m.id())));
        Map<UUID, Integer> assigned = new HashMap<>();
        Map<UUID, Map<UUID, Integer>> timesThisPeriod = new HashMap<>();
        Map<UUID, Assignment> byOccurrence = new HashMap<>();
        for (Slot slot : slots) {
            Occurrence o = slot.occurrence();
            List<MemberInfo> eligible = slot.eligible();
            List<Explanation.Skipped> skipped = slot.skipped();
            Map<UUID, Double> loadBefore = new LinkedHashMap<>();
            eligible.forEach(m -> loadBefore.put(m.id(), load.get(m.id())));
            if (eligible.isEmpty()) {
                byOccurrence.put(o.id(), new Assignment(o.id(), null,
                        new Explanation(Map.of(), 0, skipped, "nobody eligible")));
                continue;
            }
            double least = Collections.min(loadBefore.values());
            List<MemberInfo> tied = eligible.stream().filter(m -> load.get(m.id()) <= least + TIE).toList();
            Comparator<MemberInfo> fewerTimes = Comparator.comparingInt(m -> times(input.history(), timesThisPeriod, m.id(), o.choreId()));
            MemberInfo chosen = tied.stream().min(fewerTimes.thenComparing(MemberInfo::id)).orElseThrow();
            String rule = eligible.size() == 1 ? "only eligible member"
                    : tied.size() == 1 ? "least loaded"
                    : tied.stream().anyMatch(m -> fewerTimes.compare(m, chosen) > 0) ? "tie → fewer times on this chore"
                    : "tie → member id";

            double after = load.get(chosen.id()) + o.weight();
            load.put(chosen.id(), after);
            assigned.merge(chosen.id(), o.weight(), Integer::sum);
            timesThisPeriod.computeIfAbsent(chosen.id(), k -> new HashMap<>()).merge(o.choreId(), 1, Integer::sum);
            byOccurrence.put(o.id(), new Assignment(o.id(), chosen.id(),
                    new Explanation(Collections.unmodifiableMap(loadBefore), after, skipped, rule)));
        }

        Ledger after = input.ledger();
        for (MemberInfo m : members) {
            double delta = assigned.getOrDefault(m.id(), 0) - share.get(m.id());
            if (delta != 0) {
                after = after.with(m.id(), delta);
            }
        }
        List<Assignment> assignments = input.occurrences().stream().sorted(CALENDAR).map(o -> byOccurrence.get(o.id())).toList();
        return new AssignmentResult(assignments, after);
    }

    private record Slot(Occurrence occurrence, List<MemberInfo> eligible, List<Explanation.Skipped> skipped) {
    }

    /** Total assignable weight split over the participating members by their free days in the period. */
    private static Map<UUID, Double> shares(AssignmentInput input, List<MemberInfo> members, Set<UUID> participants,
                                            double total) {
        Map<UUID, Long> freeDays = new HashMap<>();
        long freeSum = 0;
        for (MemberInfo m : members) {
            long free = participants.contains(m.id())
                    ? input.periodStart().datesUntil(input.periodEnd().plusDays(1)).filter(d -> !m.busyOn(d)).count() : 0;
            freeDays.put(m.id(), free);
            freeSum += free;
        }
        Map<UUID, Double> share = new HashMap<>();
        for (MemberInfo m : members) {
            share.put(m.id(), freeSum == 0 ? 0 : total * freeDays.get(m.id()) / freeSum);
        }
        return share;
    }

    /** Null when {@code m} may take {@code o}; otherwise the first reason against, candidate list before role before busy. */
    public static Explanation.Reason whyNot(MemberInfo m, Occurrence o) {
        if (!o.candidates().isEmpty() && !o.candidates().contains(m.id())) {
            return Explanation.Reason.NOT_CANDIDATE;
        }
        if (o.minimumRole() != null && m.role().compareTo(o.minimumRole()) < 0) {
            return Explanation.Reason.ROLE_TOO_LOW;
        }
        return m.busyOn(o.date()) ? Explanation.Reason.BUSY : null;
    }

    private static int times(History history, Map<UUID, Map<UUID, Integer>> thisPeriod, UUID member, UUID chore) {
        return history.times(member, chore) + thisPeriod.getOrDefault(member, Map.of()).getOrDefault(chore, 0);
    }
}
