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
