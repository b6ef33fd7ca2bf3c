package jp.kajimaru.notification.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one "new chores" message of a roster (docs/adr/0019): readable with one chore, and with a founder's fourteen. */
class TasksAssignedTextTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void oneChoreReadsAsTheSingleTaskMessage() {
        Texts en = Texts.of(Locale.ENGLISH, TOKYO);
        Instant due = Instant.parse("2026-11-30T11:00:00Z");

        assertThat(en.tasksAssigned(List.of(new Texts.ChoreOnDay("Dishes", MONDAY, due))))
                .isEqualTo(en.taskAssigned("Dishes", MONDAY, due));
    }

    @Test
    void manyChoresAreListedUpToALimitAndTheRestCounted() {
        List<Texts.ChoreOnDay> fourteen = IntStream.range(0, 14)
                .mapToObj(i -> new Texts.ChoreOnDay("Chore " + i, MONDAY.plusDays(i / 7), null)).toList();

        Text en = Texts.of(Locale.ENGLISH, TOKYO).tasksAssigned(fourteen);
        assertThat(en.title()).isEqualTo("New chores: Chore 0 and 13 more");
        assertThat(en.body()).startsWith("Yours: Chore 0 on Mon, Nov 30; Chore 1 on Mon, Nov 30;")
                .contains("Chore 7 on Tue, Dec 1").doesNotContain("Chore 8")
                .endsWith("; and 6 more on the dashboard.");

        Text ja = Texts.of(Locale.JAPANESE, TOKYO).tasksAssigned(fourteen);
        assertThat(ja.title()).isEqualTo("新しい当番：Chore 0 ほか13件");
        assertThat(ja.body()).startsWith("あなたの担当です：11月30日(月)の「Chore 0」、").endsWith("、ほか6件（ダッシュボードをご覧ください）。");
    }
}
