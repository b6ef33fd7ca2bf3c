package jp.kajimaru.user.member;

import java.time.Duration;
import java.time.Instant;

/**
 * The PIN rules, in one place: four digits; five wrong in a row lock it for 15 minutes; when a lock has
 * expired the count starts again from zero (the original app never reset it).
 */
public final class PinRules {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    public record State(int failures, Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** The state a new attempt starts from: an expired lock is forgotten. */
        public State at(Instant now) {
            return lockedUntil != null && !now.isBefore(lockedUntil) ? new State(0, null) : this;
        }

        public State failed(Instant now) {
            State s = at(now);
            int failures = s.failures + 1;
            return failures >= MAX_FAILURES ? new State(failures, now.plus(LOCK)) : new State(failures, null);
        }

        public int remainingAttempts() {
            return Math.max(0, MAX_FAILURES - failures);
        }
    }

    public static final State CLEAR = new State(0, null);

    private PinRules() {
    }

    public static boolean wellFormed(String pin) {
        return pin != null && pin.matches("\\d{4}");
    }
}
