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
}
