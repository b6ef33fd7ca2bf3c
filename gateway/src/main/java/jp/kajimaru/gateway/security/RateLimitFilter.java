package jp.kajimaru.gateway.security;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Answers 429 problem+json with Retry-After once a client exceeds a {@link RateLimits} rule. Rules match
 * the normalised path ({@link RequestPaths}), so no spelling of a limited path escapes its limit; paths
 * that cannot be normalised never get here ({@link AmbiguousPathFilter} runs first).
 */
@Component
@Order(AmbiguousPathFilter.ORDER + 1)
public class RateLimitFilter implements WebFilter, DisposableBean {

    private final RateLimits limits;
    private final RedisBuckets redis;

    /**
     * In memory unless {@code kajimaru.rate-limits.redis-url} (env {@code KAJIMARU_RATELIMITS_REDISURL}) names a Redis
     * that all replicas share; {@code kajimaru.rate-limits.redis-prefix} keeps deployments sharing one Redis apart.
     */
    public RateLimitFilter(Clock clock, @Value("${kajimaru.rate-limits.redis-url:}") String redisUrl,
                           @Value("${kajimaru.rate-limits.redis-prefix:kajimaru:rate:}") String redisPrefix) {
        this.redis = redisUrl.isBlank() ? null : new RedisBuckets(redisUrl, redisPrefix, clock);
        this.limits = new RateLimits(clock, redis);
    }

    @Override
    public void destroy() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        String rawPath = request.getURI().getRawPath();
        var rule = limits.ruleFor(request.getMethod(), RequestPaths.normalise(rawPath).orElse(rawPath));
        if (rule.isEmpty()) {
            return chain.filter(exchange);
        }
        InetSocketAddress remote = request.getRemoteAddress();
        String client = remote == null ? "unknown" : remote.getAddress().getHostAddress();
        if (!limits.isShared()) {
            return verdict(exchange, chain, limits.acquire(rule.get(), client));
        }
        return Mono.fromCallable(() -> limits.acquire(rule.get(), client)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(wait -> verdict(exchange, chain, wait));
    }

    private static Mono<Void> verdict(ServerWebExchange exchange, WebFilterChain chain, Optional<Duration> wait) {
        return wait.map(w -> tooMany(exchange.getResponse(), Math.max(1, w.toSeconds())))
                .orElseGet(() -> chain.filter(exchange));
    }

    @Scheduled(fixedDelay = 60_000)
    void evict() {
        limits.evictExpired();
    }

    private static Mono<Void> tooMany(ServerHttpResponse response, long retryAfterSeconds) {
        response.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return GatewayProblems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                "Too many attempts. Try again in " + retryAfterSeconds + " seconds.");
    }
}
