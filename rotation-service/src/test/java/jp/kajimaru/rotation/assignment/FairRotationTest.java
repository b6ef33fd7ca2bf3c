package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The default chore set for a family of three adults and a child, week by week. */
class FairRotationTest {

    static final LocalDate MONDAY = Households.MONDAY;
    static final UUID HANA = new UUID(0, 1);
    static final UUID KEN = new UUID(0, 2);
    static final UUID YUKI = new UUID(0, 3);
    static final UUID TARO = new UUID(0, 4);
    // name, weekday mask (Mon=1 … Sun=64), weight — the original app's eleven chores
    static final Object[][] CHORES = {{"breakfast", 127, 5}, {"lunch", 96, 3}, {"dinner", 127, 5}, {"dishes", 127, 3},
            {"toilet", 64, 2}, {"bath", 127, 2}, {"garbage", 127, 1}, {"entrance", 64, 2}, {"folding", 127, 3},
            {"laundry", 127, 4}, {"rooms", 32, 3}};

    @Test
    void aWeekOfTheDefaultChoresIsSpreadEvenlyAndChildrenOnlyGetWhatTheyMay() {
        List<MemberInfo> family = List.of(new MemberInfo(HANA, "Hana", Role.ADMIN, List.of()),
                new MemberInfo(KEN, "Ken", Role.MEMBER, List.of()), new MemberInfo(YUKI, "Yuki", Role.MEMBER, List.of()),
                new MemberInfo(TARO, "Taro", Role.CHILD, List.of()));
        List<Occurrence> week = week(MONDAY);
        AssignmentResult r = FairRotation.assign(new AssignmentInput(MONDAY, MONDAY.plusDays(6), family, week, Ledger.empty(),
                History.empty()));

        Map<UUID, Integer> load = load(r, week);
        assertThat(load.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(week.stream().mapToInt(Occurrence::weight).sum());
        int adults = load.get(HANA) + load.get(KEN) + load.get(YUKI);
        // Cooking is for members and up: Taro gets only the rest, and the adults stay within one heavy chore of each other.
        assertThat(Math.max(load.get(HANA), Math.max(load.get(KEN), load.get(YUKI)))
                - Math.min(load.get(HANA), Math.min(load.get(KEN), load.get(YUKI)))).isLessThanOrEqualTo(5);
        assertThat(load.get(TARO)).isPositive().isLessThan(adults);
        for (Assignment a : r.assignments()) {
            Occurrence o = week.stream().filter(x -> x.id().equals(a.occurrenceId())).findFirst().orElseThrow();
            if (o.minimumRole() == Role.MEMBER) {
                assertThat(a.memberId()).isNotEqualTo(TARO);
                assertThat(a.why().skipped()).contains(new Explanation.Skipped(TARO, Explanation.Reason.ROLE_TOO_LOW));
            }
        }
    }

    @Test
    void theLedgerCarriesOverSoLongRunSharesConverge() {
        List<MemberInfo> family = List.of(new MemberInfo(HANA, "Hana", Role.ADMIN, List.of()),
                new MemberInfo(KEN, "Ken", Role.MEMBER, List.of()), new MemberInfo(YUKI, "Yuki", Role.MEMBER, List.of()));
        Ledger ledger = Ledger.empty();
        for (int w = 0; w < 12; w++) {
            LocalDate monday = MONDAY.plusWeeks(w);
            // Ken is busy Monday to Wednesday every other week: he is not charged for those days.
            List<BusySpan> kenBusy = w % 2 == 0 ? List.of(new BusySpan(monday, monday.plusDays(2))) : List.of();
            List<MemberInfo> thisWeek = List.of(family.get(0), new MemberInfo(KEN, "Ken", Role.MEMBER, kenBusy), family.get(2));
            ledger = FairRotation.assign(new AssignmentInput(monday, monday.plusDays(6), thisWeek, week(monday), ledger,
                    History.empty())).ledgerAfter();
        }
        for (UUID m : List.of(HANA, KEN, YUKI)) {
            assertThat(Math.abs(ledger.balance(m))).as("balance of %s", m).isLessThanOrEqualTo(5.0);
        }
    }

    @Test
    void nobodyFreeMeansUnassignedWithReasons() {
        Occurrence o = new Occurrence(new UUID(2, 1), new UUID(1, 1), "bath", MONDAY, 2, Set.of(KEN), null);
        AssignmentResult r = FairRotation.assign(new AssignmentInput(MONDAY, MONDAY, List.of(
                new MemberInfo(HANA, "Hana", Role.ADMIN, List.of()),
                new MemberInfo(KEN, "Ken", Role.MEMBER, List.of(new BusySpan(MONDAY, null)))), List.of(o), Ledger.empty(),
                History.empty()));
        Assignment a = r.assignments().get(0);
        assertThat(a.memberId()).isNull();
        assertThat(a.why().skipped()).containsExactlyInAnyOrder(new Explanation.Skipped(HANA, Explanation.Reason.NOT_CANDIDATE),
                new Explanation.Skipped(KEN, Explanation.Reason.BUSY));
    }

    @Test
    void busyDaysShrinkTheShareInsteadOfCountingAgainstTheMember() {
        // Ken is away Monday to Wednesday: 4 free days of 18, so his share is 4/18 of the week's weight.
        List<MemberInfo> family = List.of(new MemberInfo(HANA, "Hana", Role.ADMIN, List.of()),
                new MemberInfo(KEN, "Ken", Role.MEMBER, List.of(new BusySpan(MONDAY, MONDAY.plusDays(2)))),
                new MemberInfo(YUKI, "Yuki", Role.MEMBER, List.of()));
        List<Occurrence> week = week(MONDAY);
        AssignmentResult r = FairRotation.assign(new AssignmentInput(MONDAY, MONDAY.plusDays(6), family, week, Ledger.empty(),
                History.empty()));

        int total = week.stream().mapToInt(Occurrence::weight).sum();
        Map<UUID, Integer> load = load(r, week);
        assertThat(load.get(KEN)).isCloseTo((int) Math.round(total * 4 / 18.0), org.assertj.core.data.Offset.offset(5));
        for (UUID m : List.of(HANA, KEN, YUKI)) {
            assertThat(r.ledgerAfter().balance(m)).as("balance of %s", m).isBetween(-5.0, 5.0);
        }
        for (Assignment a : r.assignments()) {
            Occurrence o = week.stream().filter(x -> x.id().equals(a.occurrenceId())).findFirst().orElseThrow();
            if (o.date().isBefore(MONDAY.plusDays(3))) {
                assertThat(a.memberId()).isNotEqualTo(KEN);
            }
        }
    }

    @Test
    void equalLoadsGoToWhoeverDidTheChoreLessThenToTheLowerId() {
        List<MemberInfo> pair = List.of(new MemberInfo(HANA, "Hana", Role.ADMIN, List.of()),
                new MemberInfo(KEN, "Ken", Role.MEMBER, List.of()));
        UUID dishes = new UUID(1, 3);
        Occurrence monday = new Occurrence(new UUID(2, 1), dishes, "dishes", MONDAY, 3, Set.of(), null);
        Occurrence tuesday = new Occurrence(new UUID(2, 2), dishes, "dishes", MONDAY.plusDays(1), 3, Set.of(), null);

        AssignmentResult fresh = FairRotation.assign(new AssignmentInput(MONDAY, MONDAY.plusDays(1), pair,
                List.of(monday, tuesday), Ledger.empty(), History.empty()));
        assertThat(fresh.assignments()).extracting(Assignment::memberId).containsExactly(HANA, KEN);
        assertThat(fresh.assignments()).extracting(a -> a.why().rule()).containsExactly("tie → member id", "least loaded");
        assertThat(fresh.assignments().get(1).why().loadBefore()).containsEntry(HANA, 0.0).containsEntry(KEN, -3.0);
        assertThat(fresh.assignments().get(1).why().loadAfter()).isEqualTo(0.0);

        History hanaDidTheDishes = new History(Map.of(HANA, Map.of(dishes, 4)));
        AssignmentResult varied = FairRotation.assign(new AssignmentInput(MONDAY, MONDAY.plusDays(1), pair,
                List.of(monday, tuesday), Ledger.empty(), hanaDidTheDishes));
        assertThat(varied.assignments()).extracting(Assignment::memberId).containsExactly(KEN, HANA);
        assertThat(varied.assignments().get(0).why().rule()).isEqualTo("tie → fewer times on this chore");
    }

    @Test
    void aCarriedSurplusIsWorkedOffBeforeAnyoneElseTakesMore() {
        List<MemberInfo> pair = List.of(new MemberInfo(HANA, "Hana", Role.ADMIN, List.of()),
                new MemberInfo(KEN, "Ken", Role.MEMBER, List.of()));
        List<Occurrence> chores = List.of(new Occurrence(new UUID(2, 1), new UUID(1, 0), "dinner", MONDAY, 5, Set.of(), null),
                new Occurrence(new UUID(2, 2), new UUID(1, 1), "bath", MONDAY, 2, Set.of(), null),
                new Occurrence(new UUID(2, 3), new UUID(1, 2), "garbage", MONDAY, 1, Set.of(), null));
        AssignmentResult r = FairRotation.assign(new AssignmentInput(MONDAY, MONDAY, pair, chores,
                Ledger.empty().with(HANA, 8.0).with(KEN, -8.0), History.empty()));

        assertThat(r.assignments()).extracting(Assignment::memberId).containsOnly(KEN);
        assertThat(r.ledgerAfter().balance(HANA)).isEqualTo(4.0);
        assertThat(r.ledgerAfter().balance(KEN)).isEqualTo(-4.0);
    }

    static List<Occurrence> week(LocalDate monday) {
        List<Occurrence> list = new ArrayList<>();
        int n = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            int bit = 1 << (day.getDayOfWeek().getValue() - 1);
            for (int c = 0; c < CHORES.length; c++) {
                if (((int) CHORES[c][1] & bit) != 0) {
                    String name = (String) CHORES[c][0];
                    Role min = name.equals("breakfast") || name.equals("lunch") || name.equals("dinner") ? Role.MEMBER : null;
                    list.add(new Occurrence(new UUID(monday.toEpochDay(), n++), new UUID(1, c), name, day, (int) CHORES[c][2],
                            Set.of(), min));
                }
            }
        }
        return list;
    }

    static Map<UUID, Integer> load(AssignmentResult r, List<Occurrence> week) {
        Map<UUID, Integer> load = new HashMap<>();
        for (Assignment a : r.assignments()) {
            int w = week.stream().filter(x -> x.id().equals(a.occurrenceId())).findFirst().orElseThrow().weight();
            load.merge(a.memberId(), w, Integer::sum);
        }
        return load;
    }

}
