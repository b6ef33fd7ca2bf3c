package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The promises of {@link FairRotation} over random households. Eligibility is re-derived here from the
 * model, not taken from the class under test.
 */
class FairRotationPropertyTest {

    private static final double SLACK = 1e-6;

    @Property(tries = 500)
    void everyOccurrenceGetsAMemberExactlyWhenSomeoneIsEligible(@ForAll(supplier = Households.Any.class) AssignmentInput in) {
        AssignmentResult out = FairRotation.assign(in);
        assertThat(out.assignments()).extracting(Assignment::occurrenceId)
                .containsExactlyInAnyOrderElementsOf(in.occurrences().stream().map(Occurrence::id).toList());
        Map<UUID, Assignment> byOccurrence = byOccurrence(out);
        for (Occurrence o : in.occurrences()) {
            boolean someoneEligible = in.members().stream().anyMatch(m -> reason(m, o) == null);
            assertThat(byOccurrence.get(o.id()).memberId() != null).as("assigned %s", o).isEqualTo(someoneEligible);
        }
    }

    @Property(tries = 500)
    void nobodyBusyNotACandidateOrTooJuniorIsEverChosen(@ForAll(supplier = Households.Any.class) AssignmentInput in) {
        Map<UUID, MemberInfo> members = in.members().stream().collect(Collectors.toMap(MemberInfo::id, Function.identity()));
        Map<UUID, Assignment> byOccurrence = byOccurrence(FairRotation.assign(in));
        for (Occurrence o : in.occurrences()) {
            UUID chosen = byOccurrence.get(o.id()).memberId();
            if (chosen != null) {
                assertThat(reason(members.get(chosen), o)).as("%s for %s", chosen, o).isNull();
            }
        }
    }

    @Property(tries = 300)
    void theSameHouseholdGivesTheSameRosterWhateverTheInputOrder(@ForAll(supplier = Households.Any.class) AssignmentInput in,
                                                                  @ForAll Random random) {
        List<MemberInfo> members = new ArrayList<>(in.members());
        List<Occurrence> occurrences = new ArrayList<>(in.occurrences());
        Collections.shuffle(members, random);
        Collections.shuffle(occurrences, random);
        AssignmentInput shuffled = new AssignmentInput(in.periodStart(), in.periodEnd(), members, occurrences, in.ledger(),
                in.history());
        AssignmentResult once = FairRotation.assign(in);
        assertThat(FairRotation.assign(in)).isEqualTo(once);
        assertThat(FairRotation.assign(shuffled)).isEqualTo(once);
    }

    /** The javadoc's guarantee: p ends at most its lightest weight above anyone who could have taken all of p's. */
    @Property(tries = 500)
    void nobodyEndsMoreThanTheirLightestChoreAboveSomeoneWhoCouldHaveTakenThemAll(
            @ForAll(supplier = Households.Any.class) AssignmentInput in) {
        AssignmentResult out = FairRotation.assign(in);
        Map<UUID, Occurrence> occurrences = in.occurrences().stream().collect(Collectors.toMap(Occurrence::id, Function.identity()));
        Map<UUID, List<Occurrence>> received = new HashMap<>();
        out.assignments().stream().filter(a -> a.memberId() != null)
                .forEach(a -> received.computeIfAbsent(a.memberId(), k -> new ArrayList<>()).add(occurrences.get(a.occurrenceId())));
        received.forEach((p, got) -> {
            int lightest = got.stream().mapToInt(Occurrence::weight).min().orElseThrow();
            for (MemberInfo q : in.members()) {
                if (got.stream().allMatch(o -> reason(q, o) == null)) {
                    assertThat(out.ledgerAfter().balance(p) - out.ledgerAfter().balance(q.id())).as("%s over %s", p, q.id())
                            .isLessThanOrEqualTo(lightest + SLACK);
                }
            }
        });
    }

    /** The list-scheduling bound, among the members free all period and eligible for every occurrence. */
    @Property(tries = 500)
    void theSpreadOfLoadsStaysWithinTheCarriedSpreadOrTheHeaviestWeight(@ForAll(supplier = Households.Any.class) AssignmentInput any,
                                                                          @ForAll(supplier = Households.Open.class) AssignmentInput open) {
        for (AssignmentInput in : List.of(any, open)) {
            List<UUID> always = in.members().stream()
                    .filter(m -> in.periodStart().datesUntil(in.periodEnd().plusDays(1)).noneMatch(d -> busy(m, d)))
                    .filter(m -> in.occurrences().stream().allMatch(o -> reason(m, o) == null)).map(MemberInfo::id).toList();
            Map<UUID, Double> load = new HashMap<>();
            always.forEach(m -> load.put(m, in.ledger().balance(m)));
            double before = spread(load);
            Map<UUID, Occurrence> occurrences = in.occurrences().stream().collect(Collectors.toMap(Occurrence::id, Function.identity()));
            for (Assignment a : FairRotation.assign(in).assignments()) {
                load.computeIfPresent(a.memberId(), (m, l) -> l + occurrences.get(a.occurrenceId()).weight());
            }
            int heaviest = in.occurrences().stream().mapToInt(Occurrence::weight).max().orElse(0);
            assertThat(spread(load)).isLessThanOrEqualTo(Math.max(before, heaviest) + SLACK);
        }
    }

    @Property(tries = 500)
    void ledgerMovesSumToZeroAndWhoeverWasBusyAllPeriodKeepsTheirBalance(@ForAll(supplier = Households.Any.class) AssignmentInput in) {
        AssignmentResult out = FairRotation.assign(in);
        double sum = 0;
        for (MemberInfo m : in.members()) {
            double delta = out.ledgerAfter().balance(m.id()) - in.ledger().balance(m.id());
            sum += delta;
            if (in.periodStart().datesUntil(in.periodEnd().plusDays(1)).allMatch(d -> busy(m, d))) {
                assertThat(delta).as("%s was busy all week", m.id()).isZero();
            }
        }
        assertThat(sum).isCloseTo(0, within(SLACK));
    }

    @Property(tries = 500)
    void everyExplanationMatchesWhatHappened(@ForAll(supplier = Households.Any.class) AssignmentInput in) {
        AssignmentResult out = FairRotation.assign(in);
        Map<UUID, Assignment> byOccurrence = byOccurrence(out);
        Map<UUID, Double> lastLoad = new HashMap<>();
        for (Occurrence o : in.occurrences()) {
            Assignment a = byOccurrence.get(o.id());
            Explanation why = a.why();
            List<UUID> eligible = in.members().stream().filter(m -> reason(m, o) == null).map(MemberInfo::id).toList();
            assertThat(why.loadBefore().keySet()).containsExactlyInAnyOrderElementsOf(eligible);
            assertThat(why.skipped()).containsExactlyInAnyOrderElementsOf(in.members().stream().filter(m -> reason(m, o) != null)
                    .map(m -> new Explanation.Skipped(m.id(), reason(m, o))).toList());
            if (a.memberId() == null) {
                assertThat(why.rule()).isEqualTo("nobody eligible");
                continue;
            }
            double mine = why.loadBefore().get(a.memberId());
            assertThat(why.loadAfter()).isEqualTo(mine + o.weight());
            long others = why.loadBefore().entrySet().stream()
                    .filter(e -> !e.getKey().equals(a.memberId()) && e.getValue() <= mine + FairRotation.TIE).count();
            assertThat(why.loadBefore().values()).allSatisfy(l -> assertThat(l).isGreaterThanOrEqualTo(mine - FairRotation.TIE));
            switch (why.rule()) {
                case "only eligible member" -> assertThat(eligible).hasSize(1);
                case "least loaded" -> assertThat(others).isZero();
                case "tie → fewer times on this chore", "tie → member id" -> assertThat(others).isPositive();
                default -> throw new AssertionError("unknown rule " + why.rule());
            }
            lastLoad.merge(a.memberId(), why.loadAfter(), Math::max);
        }
        // a member's load is where their ledger would stand, so the last one is where it does stand
        lastLoad.forEach((m, load) -> assertThat(out.ledgerAfter().balance(m)).isCloseTo(load, within(SLACK)));
    }

    private static Explanation.Reason reason(MemberInfo m, Occurrence o) {
        if (!o.candidates().isEmpty() && !o.candidates().contains(m.id())) {
            return Explanation.Reason.NOT_CANDIDATE;
        }
        if (o.minimumRole() != null && m.role().ordinal() < o.minimumRole().ordinal()) {
            return Explanation.Reason.ROLE_TOO_LOW;
        }
        return busy(m, o.date()) ? Explanation.Reason.BUSY : null;
    }

    private static boolean busy(MemberInfo m, LocalDate day) {
        return m.busy().stream().anyMatch(s -> !day.isBefore(s.from()) && (s.untilInclusive() == null || !day.isAfter(s.untilInclusive())));
    }

    private static Map<UUID, Assignment> byOccurrence(AssignmentResult out) {
        return out.assignments().stream().collect(Collectors.toMap(Assignment::occurrenceId, Function.identity()));
    }

    private static double spread(Map<UUID, Double> load) {
        return load.isEmpty() ? 0 : Collections.max(load.values()) - Collections.min(load.values());
    }
}
