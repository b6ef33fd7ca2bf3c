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
 * one-minute windows in memory. One gateway replica is the default deployment; several replicas would
 * each allow the limit, which still keeps guessing an 8-digit code or a PIN far out of reach.
 */
public class RateLimits {

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

    public RateLimits(Clock clock) {
        this.clock = clock;
    }

    public Optional<Rule> ruleFor(HttpMethod method, String path) {
        return RULES.stream().filter(r -> r.method().equals(method) && paths.match(r.pathPattern(), path)).findFirst();
    }

    /** Counts one request; empty when allowed, else how long until the client's window resets. */
    public Optional<Duration> acquire(Rule rule, String client) {
        long now = clock.millis();
        long windowStart = now - now % WINDOW.toMillis();
        Window w = windows.merge(rule.name() + "|" + client, new Window(windowStart, 1),
                (old, one) -> old.start() == windowStart ? new Window(windowStart, old.count() + 1) : one);
        if (w.count() <= rule.perMinute()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(windowStart + WINDOW.toMillis() - now));
    }

    /** Forgets windows that have ended, so idle clients do not accumulate. */
    public void evictExpired() {
        long now = clock.millis();
        long windowStart = now - now % WINDOW.toMillis();
        windows.values().removeIf(w -> w.start() < windowStart);
    }
}
