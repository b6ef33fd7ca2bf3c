package jp.kajimaru.launcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When to start one crashed service again: after 1 s, then 2 s, 4 s … up to a minute, and not at all after
 * {@link #DEFAULT_GIVE_UP_AFTER} failures in a row. A service that stayed UP for {@link #DEFAULT_STABLE_AFTER}
 * before it died counts as healthy again: its next crash starts the back-off from 1 s. Time comes from the
 * injected clock only, so the whole schedule is tested without waiting.
 */
public final class RestartPolicy {

    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(60);
    /** Long enough that a service crashing on every start-up (or soon after) never resets its own count. */
    public static final Duration DEFAULT_STABLE_AFTER = Duration.ofMinutes(5);
    /** 1+2+4+8+16+32+60 s: about two minutes of trying before the launcher says it cannot keep the service up. */
    public static final int DEFAULT_GIVE_UP_AFTER = 8;

    /**
     * What to do about one exit.
     *
     * @param restart         false once the service failed too often in a row
     * @param delay           how long to wait before starting it again (zero when giving up)
     * @param failuresInARow  this exit included
     */
    public record Decision(boolean restart, Duration delay, int failuresInARow) {
    }

    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration stableAfter;
    private final int giveUpAfter;
    private int failuresInARow;
    /** When the current run reported UP; null while it has not (yet). */
    private Instant upSince;

    public RestartPolicy(Clock clock) {
        this(clock, DEFAULT_FIRST_DELAY, DEFAULT_MAX_DELAY, DEFAULT_STABLE_AFTER, DEFAULT_GIVE_UP_AFTER);
    }

    public RestartPolicy(Clock clock, Duration firstDelay, Duration maxDelay, Duration stableAfter, int giveUpAfter) {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || giveUpAfter < 1) {
            throw new IllegalArgumentException("first delay > 0, max delay >= first delay, give up after >= 1");
        }
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.stableAfter = stableAfter;
        this.giveUpAfter = giveUpAfter;
    }

    /** The service's current run reported UP. */
    public synchronized void up() {
        upSince = clock.instant();
    }

    /** The service's process ended (by itself or killed); not called when the launcher stopped it. */
    public synchronized Decision exited() {
        Instant now = clock.instant();
        if (upSince != null && !now.isBefore(upSince.plus(stableAfter))) {
            failuresInARow = 0;
        }
        upSince = null;
        failuresInARow++;
        if (failuresInARow >= giveUpAfter) {
            return new Decision(false, Duration.ZERO, failuresInARow);
        }
        return new Decision(true, delay(failuresInARow), failuresInARow);
    }

    private Duration delay(int failure) {
        // Doubling from the first delay; the shift is capped so it cannot overflow before the maximum applies.
        long factor = 1L << Math.min(failure - 1, 30);
        Duration delay = firstDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
