package jp.kajimaru.rotation.chore;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void weekdayMaskFollowsTheOriginalBitOrder() {
        Schedule weekend = Schedule.weekdays(Schedule.SATURDAY | Schedule.SUNDAY);
        assertThat(weekend.occursOn(MONDAY, MONDAY)).isFalse();
        assertThat(weekend.occursOn(MONDAY.plusDays(5), MONDAY)).isTrue();
        assertThat(weekend.occursOn(MONDAY.plusDays(6), MONDAY)).isTrue();
        assertThat(Schedule.weekdays(1).occursOn(MONDAY, MONDAY)).isTrue();
    }

    @Test
    void intervalsCountFromTheAnchor() {
        Schedule everyThird = new Schedule(Schedule.Kind.INTERVAL, null, 3, null);
        assertThat(everyThird.occursOn(MONDAY, MONDAY)).isTrue();
        assertThat(everyThird.occursOn(MONDAY.plusDays(2), MONDAY)).isFalse();
        assertThat(everyThird.occursOn(MONDAY.plusDays(3), MONDAY)).isTrue();
        assertThat(everyThird.occursOn(MONDAY.minusDays(3), MONDAY)).isFalse();
    }

    @Test
    void aMonthlyDayBeyondTheMonthFallsOnItsLastDay() {
        Schedule on31st = new Schedule(Schedule.Kind.MONTHLY, null, null, 31);
        assertThat(on31st.occursOn(LocalDate.of(2027, 2, 28), MONDAY)).isTrue();
        assertThat(on31st.occursOn(LocalDate.of(2027, 3, 30), MONDAY)).isFalse();
        assertThat(on31st.occursOn(LocalDate.of(2027, 3, 31), MONDAY)).isTrue();
    }
}
