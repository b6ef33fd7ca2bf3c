package jp.kajimaru.rotation.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;

/** The promises of {@link FairRotation}, over random households. */
class FairRotationPropertyTest {

    @Property(tries = 300)
    void everyOccurrenceIsAssignedIffSomeoneIsEligibleAndNeverToABusyOrIneligibleMember(@ForAll long seed) {
        AssignmentInput in = Households.random(seed, true);
        AssignmentResult out = FairRotation.assign(in);
        assertThat(out.assignments()).hasSize(in.occurrences().size());
        Map<UUID, MemberInfo> members = new HashMap<>();
        in.members().forEach(m -> members.put(m.id(), m));
        for (Occurrence o : in.occurrences()) {
            Assignment a = out.assignments().stream().filter(x -> x.occurrenceId().equals(o.id())).findFirst().orElseThrow();
            boolean someoneEligible = in.members().stream().anyMatch(m -> FairRotation.whyNot(m, o) == null);
            assertThat(a.memberId() != null).isEqualTo(someoneEligible);
            if (a.memberId() != null) {
                assertThat(FairRotation.whyNot(members.get(a.memberId()), o)).isNull();
                assertThat(a.why().loadAfter()).isEqualTo(a.why().loadBefore().get(a.memberId()) + o.weight(),
                        org.assertj.core.data.Offset.offset(0.011));
            }
            for (Explanation.Skipped s : a.why().skipped()) {
                assertThat(FairRotation.whyNot(members.get(s.memberId()), o)).isEqualTo(s.reason());
            }
        }
    }

    @Property(tries = 200)
    void theSameHouseholdGivesTheSameRosterWhateverTheInputOrder(@ForAll long seed) {
        AssignmentInput in = Households.random(seed, true);
        List<MemberInfo> members = new ArrayList<>(in.members());
        List<Occurrence> occurrences = new ArrayList<>(in.occurrences());
        Collections.shuffle(members, new Random(seed + 1));
        Collections.shuffle(occurrences, new Random(seed + 2));
        AssignmentInput shuffled = new AssignmentInput(in.periodStart(), in.periodEnd(), members, occurrences, in.ledger(),
                in.history());
        assertThat(FairRotation.assign(shuffled)).isEqualTo(FairRotation.assign(in));
    }

    /** The documented bound, for members eligible and free for every occurrence. */
    @Property(tries = 500)
    void theLoadSpreadStaysWithinTheHeaviestWeightOrTheCarriedSpread(@ForAll long seed) {
        AssignmentInput in = Households.random(seed, false);
        AssignmentResult out = FairRotation.assign(in);
        Map<UUID, Double> load = new HashMap<>();
        in.members().forEach(m -> load.put(m.id(), in.ledger().balance(m.id())));
        double before = spread(load);
        for (Assignment a : out.assignments()) {
            Occurrence o = in.occurrences().stream().filter(x -> x.id().equals(a.occurrenceId())).findFirst().orElseThrow();
            load.merge(a.memberId(), (double) o.weight(), Double::sum);
        }
        int heaviest = in.occurrences().stream().mapToInt(Occurrence::weight).max().orElse(0);
        assertThat(spread(load)).isLessThanOrEqualTo(Math.max(before, heaviest) + 1e-9);
    }

    @Property(tries = 300)
    void theLedgerMovesBySharesThatSumToZeroAndSparesWhoWasBusyAllPeriod(@ForAll long seed) {
        AssignmentInput in = Households.random(seed, true);
        AssignmentResult out = FairRotation.assign(in);
        double deltaSum = 0;
        for (MemberInfo m : in.members()) {
            double delta = out.ledgerAfter().balance(m.id()) - in.ledger().balance(m.id());
            deltaSum += delta;
            boolean busyAllWeek = in.periodStart().datesUntil(in.periodEnd().plusDays(1)).allMatch(m::busyOn);
            if (busyAllWeek) {
                assertThat(delta).isZero();
            }
        }
        assertThat(deltaSum).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6));
    }

    private static double spread(Map<UUID, Double> load) {
        return load.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - load.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
