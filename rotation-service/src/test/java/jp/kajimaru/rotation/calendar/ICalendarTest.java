package jp.kajimaru.rotation.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The RFC 5545 text of a feed, without Spring. */
class ICalendarTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant STAMP = Instant.parse("2026-11-30T00:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void aCalendarWithAllDayAndTimedEventsInCrlfLines() {
        UUID allDay = UUID.randomUUID();
        UUID timed = UUID.randomUUID();
        String ics = ICalendar.of("Kajimaru: Hana", TOKYO, STAMP, List.of(
                new ICalendar.Entry(allDay, "Dishes", DAY, Instant.parse("2026-11-30T14:59:59.999999Z"), false),
                new ICalendar.Entry(timed, "Trash", DAY.plusDays(1), Instant.parse("2026-12-01T10:00:00Z"), true)));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(ics).contains("BEGIN:VEVENT\r\nUID:" + allDay + "@kajimaru\r\nDTSTAMP:20261130T000000Z\r\n"
                + "DTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261201\r\nSUMMARY:Dishes\r\n");
        // 19:00 in Tokyo is 10:00 UTC.
        assertThat(ics).contains("UID:" + timed + "@kajimaru\r\nDTSTAMP:20261130T000000Z\r\nDTSTART:20261201T100000Z\r\n"
                + "SUMMARY:✓ Trash\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics.split("END:VEVENT", -1)).hasSize(3);
    }

    @Test
    void anEmptyCalendarIsStillACalendar() {
        String ics = ICalendar.of("Kajimaru", TOKYO, STAMP, List.of());
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").doesNotContain("VEVENT");
    }

    @Test
    void textIsEscaped() {
        assertThat(ICalendar.text("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
        String ics = ICalendar.of("x", TOKYO, STAMP, List.of(
                new ICalendar.Entry(UUID.randomUUID(), "Wash, dry; fold\\iron\nput away", DAY,
                        Instant.parse("2026-11-30T14:59:59Z"), false)));
        assertThat(ics).contains("SUMMARY:Wash\\, dry\\; fold\\\\iron\\nput away\r\n");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String summary = "エアコン: フィルター掃除と室外機の周りの片付け、それから換気扇のフィルター交換も忘れずに🧹🧹🧹 and some ASCII at the end";
        String ics = ICalendar.of("x", TOKYO, STAMP, List.of(
                new ICalendar.Entry(UUID.randomUUID(), summary, DAY, Instant.parse("2026-11-30T14:59:59Z"), false)));
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertThat(lines).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow());
        StringBuilder unfolded = new StringBuilder(lines.get(start));
        for (int i = start + 1; lines.get(i).startsWith(" "); i++) {
            unfolded.append(lines.get(i).substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo("SUMMARY:" + ICalendar.text(summary));
        assertThat(lines.get(start + 1)).startsWith(" ");
        // No line holds half a character: each decodes back to itself.
        assertThat(lines).allSatisfy(l -> assertThat(new String(l.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .doesNotContain("\uFFFD"));
    }
}
