package jp.kajimaru.user.member;

import java.time.Duration;
import java.time.Instant;

import jp.kajimaru.domain.InvalidFieldException;

/**
 * Busy from {@code from} (default now) until {@code until} (open-ended when absent). What the product means by
 * a busy period bounds both ends: from at most a year ago to at most three years ahead, judged by the clock.
 */
public record BusyRequest(Instant from, Instant until) {

    static final Duration MAX_PAST = Duration.ofDays(366);
    static final Duration MAX_AHEAD = Duration.ofDays(3 * 366);

    /** The start, {@code now} when absent; a 400 on the offending field when the range is out of bounds. */
    Instant checkedFrom(Instant now) {
        Instant start = from == null ? now : from;
        requireWithin("from", start, now);
        if (until != null) {
            requireWithin("until", until, now);
            if (!until.isAfter(start)) {
                throw new InvalidFieldException("until", "busy.untilBeforeFrom", "The end must be after the start.");
            }
        }
        return start;
    }

    private static void requireWithin(String field, Instant value, Instant now) {
        if (value.isBefore(now.minus(MAX_PAST)) || value.isAfter(now.plus(MAX_AHEAD))) {
            throw new InvalidFieldException(field, "busy.outOfRange",
                    "Busy periods may start at most a year ago and end at most three years ahead.");
        }
    }
}
