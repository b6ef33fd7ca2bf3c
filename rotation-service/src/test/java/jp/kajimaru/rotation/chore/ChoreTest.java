package jp.kajimaru.rotation.chore;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A chore's rules without Spring or a database: when it occurs, and what a definition must hold. */
class ChoreTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static Chore chore(Schedule schedule, LocalDate startsOn) {
        return new Chore(UUID.randomUUID(), UUID.randomUUID(), "Sweep", 1, schedule, null, null, true, List.of(), startsOn);
    }

    @Test
    void itOccursOnItsWeekdaysFromItsStartOn() {
        Chore weekends = chore(Schedule.weekdays(Schedule.SATURDAY | Schedule.SUNDAY), MONDAY);
        assertThat(weekends.occursOn(MONDAY)).isFalse();
        assertThat(weekends.occursOn(MONDAY.plusDays(5))).isTrue();
        assertThat(weekends.occursOn(MONDAY.plusDays(6))).isTrue();
        assertThat(weekends.occursOn(MONDAY.minusDays(1))).as("a Sunday before it starts").isFalse();
    }

    @Test
    void everyNDaysCountsFromItsStart() {
        Chore everyThird = chore(new Schedule(Schedule.Kind.INTERVAL, null, 3, null), MONDAY.plusDays(1));
        assertThat(everyThird.occursOn(MONDAY)).isFalse();
        assertThat(everyThird.occursOn(MONDAY.plusDays(1))).isTrue();
        assertThat(everyThird.occursOn(MONDAY.plusDays(2))).isFalse();
        assertThat(everyThird.occursOn(MONDAY.plusDays(4))).isTrue();
    }

    @Test
    void aMonthlyDayPastTheMonthsEndFallsOnItsLastDay() {
        Chore on31st = chore(new Schedule(Schedule.Kind.MONTHLY, null, null, 31), MONDAY);
        assertThat(on31st.occursOn(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(on31st.occursOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(on31st.occursOn(LocalDate.of(2026, 12, 30))).isFalse();
    }

    @Test
    void aRedefinitionReplacesTheScheduleAndKeepsNothingOfTheOld() {
        Chore c = chore(Schedule.weekdays(Schedule.EVERY_DAY), MONDAY);
        UUID ken = UUID.randomUUID();
        c.redefine("Sweep the hall", 2, Schedule.weekdays(Schedule.SUNDAY), null, "MEMBER", false, List.of(ken), MONDAY);
        assertThat(c.occursOn(MONDAY)).isFalse();
        assertThat(c.occursOn(MONDAY.plusDays(6))).isTrue();
        assertThat(c.candidateMemberIds()).containsExactly(ken);
        assertThat(c.active()).isFalse();
        assertThat(c.schedule().everyNDays()).isNull();
    }

    @Test
    void weightScheduleAndCandidatesAreFieldErrors() {
        Chore c = chore(Schedule.weekdays(Schedule.EVERY_DAY), MONDAY);
        UUID ken = UUID.randomUUID();
        assertThatThrownBy(() -> c.redefine("Sweep", 6, Schedule.weekdays(1), null, null, true, List.of(), MONDAY))
                .isInstanceOf(InvalidFieldException.class).extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("weight");
        assertThatThrownBy(() -> c.redefine("Sweep", 1, null, null, null, true, List.of(), MONDAY))
                .isInstanceOf(InvalidFieldException.class).extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("schedule");
        assertThatThrownBy(() -> c.redefine("Sweep", 1, Schedule.weekdays(1), null, null, true, List.of(ken, ken), MONDAY))
                .isInstanceOf(InvalidFieldException.class).extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("candidateMemberIds");
        assertThatThrownBy(() -> c.redefine("Sweep", 1, Schedule.weekdays(1), null, null, true, Arrays.asList(ken, null), MONDAY))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(c.name()).as("a refused definition changes nothing").isEqualTo("Sweep");
        assertThat(c.weight()).isEqualTo(1);
    }
}
