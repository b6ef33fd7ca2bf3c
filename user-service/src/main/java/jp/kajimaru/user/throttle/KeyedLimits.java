package jp.kajimaru.user.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SlidingWindowLimit} per key (a client address, an e-mail at an address, ...), in memory. The number
 * of keys is bounded: when full, keys whose window is empty are dropped, and if that is not enough the oldest
 * half goes — so memory stays bounded even against a client that invents keys.
 */
public final class KeyedLimits {

    private final int max;
    private final Duration window;
    private final int maxKeys;
    private final ConcurrentHashMap<String, SlidingWindowLimit> windows = new ConcurrentHashMap<>();

    public KeyedLimits(int max, Duration window, int maxKeys) {
        this.max = max;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /** Empty when another event for {@code key} fits now, else how long to wait. */
    public Optional<Duration> waitBefore(String key, Instant now) {
        SlidingWindowLimit limit = windows.get(key);
        return limit == null ? Optional.empty() : limit.waitBefore(now);
    }

    public void record(String key, Instant now) {
        if (windows.size() >= maxKeys && !windows.containsKey(key)) {
            makeRoom(now);
        }
        windows.computeIfAbsent(key, k -> new SlidingWindowLimit(max, window)).record(now);
    }

    private synchronized void makeRoom(Instant now) {
        windows.values().removeIf(limit -> limit.idleAt(now));
        Iterator<String> keys = windows.keySet().iterator();
        while (windows.size() >= maxKeys / 2 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
