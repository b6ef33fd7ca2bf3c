package jp.kajimaru.user.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** At most {@code max} events per {@code window}; answers how long to wait when the window is full. */
public final class SlidingWindowLimit {

    private final int max;
    private final Duration window;
    private final Deque<Instant> events = new ArrayDeque<>();

    public SlidingWindowLimit(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    /** Empty when another event fits now, else the time until the oldest one leaves the window. */
    public synchronized Optional<Duration> waitBefore(Instant now) {
        while (!events.isEmpty() && !events.peekFirst().plus(window).isAfter(now)) {
            events.pollFirst();
        }
        return events.size() < max ? Optional.empty() : Optional.of(Duration.between(now, events.peekFirst().plus(window)));
    }

    public synchronized void record(Instant now) {
        events.addLast(now);
    }

    /** True when every recorded event has left the window: the limit can be forgotten. */
    public synchronized boolean idleAt(Instant now) {
        return events.isEmpty() || !events.peekLast().plus(window).isAfter(now);
    }
}
