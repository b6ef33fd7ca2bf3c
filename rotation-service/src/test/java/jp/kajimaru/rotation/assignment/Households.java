package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random households for the properties: 1–10 members with random roles, busy spans and carried balances,
 * 0–40 occurrences over one week with random weights, candidate lists and minimum roles, and some history.
 */
final class Households {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate SUNDAY = MONDAY.plusDays(6);

    private Households() {
    }

    /** Any household, restrictions included. */
    static final class Any implements ArbitrarySupplier<AssignmentInput> {
        @Override
        public Arbitrary<AssignmentInput> get() {
            return households(true);
        }
    }

    /** Nobody busy, no candidate lists, no minimum roles: everyone may take everything. */
    static final class Open implements ArbitrarySupplier<AssignmentInput> {
        @Override
        public Arbitrary<AssignmentInput> get() {
            return households(false);
        }
    }

    private record MemberSpec(Role role, List<int[]> busy, int balanceTenths, Map<Integer, Integer> history) {
    }

    private record OccurrenceSpec(int day, int chore, int weight, int candidateMask, Role minimumRole) {
    }

    private static Arbitrary<AssignmentInput> households(boolean restricted) {
        return Arbitraries.integers().between(1, 10).flatMap(n -> Combinators.combine(
                member(restricted).list().ofSize(n), occurrence(n, restricted).list().ofMaxSize(40))
                .as(Households::build));
    }

    private static Arbitrary<MemberSpec> member(boolean restricted) {
        // a span is {first day, length in days or -1 for open-ended}, days counted from Monday; it may start before
        Arbitrary<int[]> span = Combinators.combine(Arbitraries.integers().between(-3, 6), Arbitraries.integers().between(-1, 7))
                .as((from, length) -> new int[] {from, length});
        Arbitrary<Integer> balance = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(-150, 150)));
        Arbitrary<Map<Integer, Integer>> history = Arbitraries.maps(Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(1, 4)).ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(Role.class), restricted ? span.list().ofMaxSize(2) : Arbitraries.just(List.of()),
                balance, history).as(MemberSpec::new);
    }

    private static Arbitrary<OccurrenceSpec> occurrence(int members, boolean restricted) {
        Arbitrary<Integer> mask = restricted ? Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, (1 << members) - 1))) : Arbitraries.just(0);
        Arbitrary<Role> minimum = restricted ? Arbitraries.of(Role.class).injectNull(0.7) : Arbitraries.just(null);
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(1, 5), mask, minimum).as(OccurrenceSpec::new);
    }

    private static AssignmentInput build(List<MemberSpec> specs, List<OccurrenceSpec> occurrenceSpecs) {
        List<MemberInfo> members = new ArrayList<>();
        Ledger ledger = Ledger.empty();
        Map<UUID, Map<UUID, Integer>> history = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            MemberSpec s = specs.get(i);
            UUID id = memberId(i);
            List<BusySpan> busy = new ArrayList<>();
            for (int[] span : s.busy()) {
                LocalDate from = MONDAY.plusDays(span[0]);
                busy.add(new BusySpan(from, span[1] < 0 ? null : from.plusDays(span[1])));
            }
            members.add(new MemberInfo(id, "m" + i, s.role(), busy));
            if (s.balanceTenths() != 0) {
                ledger = ledger.with(id, s.balanceTenths() / 10.0);
            }
            Map<UUID, Integer> times = new HashMap<>();
            s.history().forEach((chore, count) -> times.put(choreId(chore), count));
            history.put(id, times);
        }
        List<Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < occurrenceSpecs.size(); i++) {
            OccurrenceSpec s = occurrenceSpecs.get(i);
            Set<UUID> candidates = new HashSet<>();
            for (int m = 0; m < specs.size(); m++) {
                if ((s.candidateMask() & (1 << m)) != 0) {
                    candidates.add(memberId(m));
                }
            }
            occurrences.add(new Occurrence(new UUID(2, i), choreId(s.chore()), "chore " + s.chore(), MONDAY.plusDays(s.day()),
                    s.weight(), candidates, s.minimumRole()));
        }
        return new AssignmentInput(MONDAY, SUNDAY, members, occurrences, ledger, new History(history));
    }

    // ids do not follow list order, so sorting by id is not the same as keeping the input order
    static UUID memberId(int index) {
        return new UUID(0, (index * 7L) % 11 + 1);
    }

    static UUID choreId(int index) {
        return new UUID(1, index);
    }
}
