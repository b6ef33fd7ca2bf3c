package jp.kajimaru.rotation.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.rotation.RosterPublishedV2;
import jp.kajimaru.events.rotation.RosterShare;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A planned period's announcement without Spring or a database: once, and only when someone is in the roster. */
class RosterPeriodTest {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final Period WEEK = Period.containing(LocalDate.of(2026, 12, 2), "WEEKLY");
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void theRosterIsAnnouncedOnceItHasAssigneesAndNeverAgain() {
        RosterPeriod period = new RosterPeriod(HOUSEHOLD, WEEK, NOW);
        RosterPublishedV2 empty = new RosterPublishedV2(HOUSEHOLD, WEEK.start(), WEEK.end(), 11, List.of(), List.of());
        assertThat(period.publish(empty, NOW)).as("nobody to announce yet").isEmpty();
        assertThat(period.publishedAt()).isNull();

        RosterPublishedV2 roster = new RosterPublishedV2(HOUSEHOLD, WEEK.start(), WEEK.end(), 11,
                List.of(new RosterShare(UUID.randomUUID(), 11, 30)), List.of());
        assertThat(period.publish(roster, NOW.plusSeconds(60))).contains(roster);
        assertThat(period.publishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(period.publish(roster, NOW.plusSeconds(120))).isEmpty();
    }

    @Test
    void aWeekStartsOnMondayAndADailyPeriodIsItsDay() {
        assertThat(WEEK.start()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WEEK.end()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(WEEK.next().start()).isEqualTo(LocalDate.of(2026, 12, 7));
        Period day = Period.containing(LocalDate.of(2026, 12, 2), "DAILY");
        assertThat(day.days()).containsExactly(LocalDate.of(2026, 12, 2));
    }
}
