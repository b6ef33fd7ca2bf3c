package jp.kajimaru.rotation.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/** A rotation period: one day, or a week starting Monday (SPEC §2), in the household's own calendar. */
public record Period(LocalDate start, LocalDate end) {

    public static Period containing(LocalDate day, String rotationUnit) {
        if ("DAILY".equals(rotationUnit)) {
            return new Period(day, day);
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6));
    }

    public Period next() {
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        return new Period(start.plusDays(days), end.plusDays(days));
    }

    public List<LocalDate> days() {
        return Stream.iterate(start, d -> !d.isAfter(end), d -> d.plusDays(1)).toList();
    }
}
