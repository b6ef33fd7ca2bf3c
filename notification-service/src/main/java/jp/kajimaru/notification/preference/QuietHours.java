package jp.kajimaru.notification.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A daily quiet window in the household's zone, [from, until), possibly across midnight (22:00-07:00). */
public record QuietHours(LocalTime from, LocalTime until) {

    /** {@code now} itself outside the window, else the instant the window ends (its local end time, DST-adjusted). */
    public Instant releaseAt(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime t = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean wraps = !from.isBefore(until);
        if (!wraps) {
            return !t.isBefore(from) && t.isBefore(until) ? ZonedDateTime.of(day, until, zone).toInstant() : now;
        }
        if (!t.isBefore(from)) {
            return ZonedDateTime.of(day.plusDays(1), until, zone).toInstant();
        }
        return t.isBefore(until) ? ZonedDateTime.of(day, until, zone).toInstant() : now;
    }
}
