package jp.kajimaru.gateway.security;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

/**
 * Per-client limits on the endpoints that check a secret (password, invite code, PIN): a bucket4j token bucket per
 * rule and client, filled to the rule's number at once every minute, the minute starting with the client's first
 * attempt (so "ten, then the eleventh waits" holds whenever the attempts start). In memory by default (one gateway
 * replica, the embedded deployment); with {@link SharedBuckets} (Redis, {@code kajimaru.rate-limits.redis-url}) every
 * replica spends the same bucket, so two gateways allow the limit once, not twice. When the shared store cannot be
 * reached, this replica counts alone (in memory) rather than letting every request through.
 */
public class RateLimits {

    /** Buckets shared by the gateway replicas. */
    public interface SharedBuckets {
        /** Takes one token from the shared bucket {@code key}, made with {@code configuration} if it does not exist. */
        ConsumptionProbe tryConsume(String key, BucketConfiguration configuration);
    }

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    public record Rule(String name, HttpMethod method, String pathPattern, int perMinute) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("login", HttpMethod.POST, "/api/auth/login", 10),
            new Rule("invite-join", HttpMethod.POST, "/api/invites/join", 10),
            new Rule("device-pin", HttpMethod.POST, "/api/devices/current/sessions", 20),
            new Rule("member-pin", HttpMethod.POST, "/api/members/*/pin", 20));

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private record LocalBucket(Rule rule, Bucket bucket) {
    }

    private final AntPathMatcher paths = new AntPathMatcher();
    private final Map<Rule, BucketConfiguration> configurations = RULES.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), RateLimits::configuration));
    private final Map<String, LocalBucket> local = new ConcurrentHashMap<>();
    private final InstantSource clock;
    private final TimeMeter time;
    private final SharedBuckets shared;
    private volatile long lastWarning = Long.MIN_VALUE;

    public RateLimits(InstantSource clock) {
        this(clock, null);
    }

    public RateLimits(InstantSource clock, SharedBuckets shared) {
        this.clock = clock;
        this.time = timeOf(clock);
        this.shared = shared;
    }

    /** The injected clock as bucket4j's time source (wall-clock based: Redis expires shared buckets by it). */
    static TimeMeter timeOf(InstantSource clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Whether counting may wait on the network (the caller then keeps it off the event loop). */
    public boolean isShared() {
        return shared != null;
    }

    public Optional<Rule> ruleFor(HttpMethod method, String path) {
        return RULES.stream().filter(r -> r.method().equals(method) && paths.match(r.pathPattern(), path)).findFirst();
    }

    /** Counts one request; empty when allowed, else how long until the client's bucket is filled again. */
    public Optional<Duration> acquire(Rule rule, String client) {
        String key = rule.name() + "|" + client;
        ConsumptionProbe probe = shared == null ? takeHere(rule, key) : takeShared(rule, key);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private ConsumptionProbe takeHere(Rule rule, String key) {
        return local.computeIfAbsent(key, k -> new LocalBucket(rule, Bucket.builder()
                        .withCustomTimePrecision(time)
                        .addLimit(configurations.get(rule).getBandwidths()[0])
                        .build()))
                .bucket().tryConsumeAndReturnRemaining(1);
    }

    private ConsumptionProbe takeShared(Rule rule, String key) {
        try {
            return shared.tryConsume(key, configurations.get(rule));
        } catch (RuntimeException e) {
            long now = clock.millis();
            if (now - lastWarning > PERIOD.toMillis()) {
                lastWarning = now;
                log.warn("Shared rate-limit buckets unreachable, this replica counts alone for now: {}", e.toString());
            }
            return takeHere(rule, key);
        }
    }

    /** Forgets buckets that are full again, so idle clients do not accumulate. */
    public void evictExpired() {
        local.values().removeIf(b -> b.bucket().getAvailableTokens() >= b.rule().perMinute());
    }

    private static BucketConfiguration configuration(Rule rule) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(rule.perMinute()).refillIntervally(rule.perMinute(), PERIOD))
                .build();
    }
}
