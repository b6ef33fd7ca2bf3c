package jp.kajimaru.notification.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When the reminders of a task on a day go out, in the household's zone: the evening before and the morning of.
 * A local time that does not exist on a daylight-saving day moves forward by the gap (ZonedDateTime's rule).
 */
public record ReminderTimes(ZoneId zone, LocalTime evening, LocalTime morning) {

    public Instant eveningBefore(LocalDate day) {
        return ZonedDateTime.of(day.minusDays(1), evening, zone).toInstant();
    }

    public Instant morningOf(LocalDate day) {
        return ZonedDateTime.of(day, morning, zone).toInstant();
    }

    /** The first instant after the task's day in the household's zone: a reminder is pointless from then on. */
    public Instant dayOver(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public Instant at(Reminder.Kind kind, LocalDate day) {
        return kind == Reminder.Kind.EVENING ? eveningBefore(day) : morningOf(day);
    }
}
