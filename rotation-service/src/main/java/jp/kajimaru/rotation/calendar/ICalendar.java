package jp.kajimaru.rotation.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * A member's tasks as an RFC 5545 calendar: one VEVENT per task (UID the task id, so a moved task updates in place),
 * DTSTAMP from the clock, an all-day event (DTSTART;VALUE=DATE) for a task due at the end of its day, otherwise an
 * event at its due time (computed in the household's zone, written in UTC so no VTIMEZONE is needed). Text is escaped
 * (backslash, semicolon, comma, newline), lines are folded at 75 octets without splitting a UTF-8 character, and every
 * line ends in CRLF.
 */
public final class ICalendar {

    /** One task as the feed shows it. */
    public record Entry(UUID taskId, String summary, LocalDate date, Instant dueAt, boolean done) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private ICalendar() {
    }

    public static String of(String name, ZoneId zone, Instant stamp, List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Kajimaru//Rotation//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + zone.getId());
        for (Entry e : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.taskId() + "@kajimaru");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            if (allDay(e, zone)) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.date()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(e.date().plusDays(1)));
            } else {
                line(out, "DTSTART:" + UTC.format(e.dueAt()));
            }
            line(out, "SUMMARY:" + text((e.done() ? "✓ " : "") + e.summary()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Due at the end of its day (no due time of its own or the household's): the day as a whole. */
    static boolean allDay(Entry e, ZoneId zone) {
        ZonedDateTime due = e.dueAt().atZone(zone);
        return !due.toLocalDate().equals(e.date()) || !due.toLocalTime().isBefore(LocalTime.of(23, 59, 59));
    }

    /** TEXT value escaping (RFC 5545 §3.3.11). */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets (continuations start with a space), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
