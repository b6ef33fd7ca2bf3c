package jp.kajimaru.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The application's clock: the wall clock, or — with {@code kajimaru.clock.start} — one that shows that instant at
 * start-up and ticks on from there, so a demonstration or test stack sees the same weekday on every calendar day.
 */
public final class StartAtClock {

    private StartAtClock() {
    }

    public static Clock of(String start, Clock wall) {
        if (start == null || start.isBlank()) {
            return wall;
        }
        try {
            return Clock.offset(wall, Duration.between(wall.instant(), Instant.parse(start.strip())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("kajimaru.clock.start must be an ISO instant such as 2026-11-30T00:00:00Z, got "
                    + start, e);
        }
    }
}
