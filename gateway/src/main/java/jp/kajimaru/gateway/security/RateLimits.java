package jp.kajimaru.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

/**
 * Per-client limits on the endpoints that check a secret (password, invite code, PIN), counted in fixed
 * one-minute windows. In memory by default (one gateway replica, the embedded deployment); with
 * {@link SharedWindows} (Redis, {@code kajimaru.rate-limits.redis-url}) every replica counts in the same windows, so
 * two gateways allow the limit once, not twice. When the shared store cannot be reached, this replica counts alone
 * (in memory) rather than letting every request through.
 */
public class RateLimits {

    /** Window counters shared by the gateway replicas. */
    public interface SharedWindows {
        /** Adds one to the count of {@code key} (created with time to live {@code ttl}) and returns the new count. */
        long increment(String key, Duration ttl) throws java.io.IOException;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RateLimits.class);

    public record Rule(String name, HttpMethod method, String pathPattern, int perMinute) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("login", HttpMethod.POST, "/api/auth/login", 10),
            new Rule("invite-join", HttpMethod.POST, "/api/invites/join", 10),
            new Rule("device-pin", HttpMethod.POST, "/api/devices/current/sessions", 20),
            new Rule("member-pin", HttpMethod.POST, "/api/members/*/pin", 20));

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private record Window(long start, int count) {
    }

    private final AntPathMatcher paths = new AntPathMatcher();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SharedWindows shared;
    private volatile long lastWarning = Long.MIN_VALUE;

    public RateLimits(Clock clock) {
        this(clock, null);
    }

    public RateLimits(Clock clock, SharedWindows shared) {
        this.clock = clock;
        this.shared = shared;
    }

    /** Whether counting may wait on the network (the caller then keeps it off the event loop). */
    public boolean isShared() {
        return shared != null;
    }

    public Optional<Rule> ruleFor(HttpMethod method, String path) {
        return RULES.stream().filter(r -> r.method().equals(method) && paths.match(r.pathPattern(), path)).findFirst();
    }

    /** Counts one request; empty when allowed, else how long until the client's window resets. */
    public Optional<Duration> acquire(Rule rule, String client) {
        long now = clock.millis();
        long windowStart = now - now % WINDOW.toMillis();
        long count = shared == null ? countHere(rule, client, windowStart) : countShared(rule, client, windowStart, now);
        if (count <= rule.perMinute()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(windowStart + WINDOW.toMillis() - now));
    }

    private long countHere(Rule rule, String client, long windowStart) {
        return windows.merge(rule.name() + "|" + client, new Window(windowStart, 1),
                (old, one) -> old.start() == windowStart ? new Window(windowStart, old.count() + 1) : one).count();
    }

    private long countShared(Rule rule, String client, long windowStart, long now) {
        try {
            // The window's start is in the key: every replica (same clock, give or take) counts in the same one.
            return shared.increment(rule.name() + "|" + client + "|" + windowStart, WINDOW.plusSeconds(5));
        } catch (java.io.IOException | RuntimeException e) {
            if (now - lastWarning > WINDOW.toMillis()) {
                lastWarning = now;
                log.warn("Shared rate-limit windows unreachable, this replica counts alone for now: {}", e.toString());
            }
            return countHere(rule, client, windowStart);
        }
    }

    /** Forgets windows that have ended, so idle clients do not accumulate. */
    public void evictExpired() {
        long now = clock.millis();
        long windowStart = now - now % WINDOW.toMillis();
        windows.values().removeIf(w -> w.start() < windowStart);
    }
}
