package jp.kajimaru.rotation.chore;

import java.time.DayOfWeek;

/** When a chore recurs: on weekdays (bitmask Mon=1 … Sun=64), every N days, or monthly on a day. */
public record Schedule(Kind kind, Integer weekdays, Integer everyNDays, Integer monthDay) {

    public enum Kind { WEEKDAYS, INTERVAL, MONTHLY }

    public static final int EVERY_DAY = 127;
    public static final int SATURDAY = 32;
    public static final int SUNDAY = 64;

    public static Schedule weekdays(int mask) {
        if (mask < 1 || mask > EVERY_DAY) {
            throw new IllegalArgumentException("weekday mask must be 1..127, was " + mask);
        }
        return new Schedule(Kind.WEEKDAYS, mask, null, null);
    }

    public static int bit(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
    }

    /**
     * Whether the chore falls on {@code date}. Intervals count from {@code anchor} (the day the chore was
     * created); a monthly day past the month's end falls on its last day.
     */
    public boolean occursOn(java.time.LocalDate date, java.time.LocalDate anchor) {
        return switch (kind) {
            case WEEKDAYS -> (weekdays & bit(date.getDayOfWeek())) != 0;
            case INTERVAL -> !date.isBefore(anchor) && java.time.temporal.ChronoUnit.DAYS.between(anchor, date) % everyNDays == 0;
            case MONTHLY -> date.getDayOfMonth() == Math.min(monthDay, date.lengthOfMonth());
        };
    }
}
