package jp.kajimaru.gateway.security;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Answers 429 problem+json with Retry-After once a client exceeds a {@link RateLimits} rule. */
@Component
public class RateLimitFilter implements WebFilter {

    private final RateLimits limits = new RateLimits(Clock.systemUTC());

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        var rule = limits.ruleFor(request.getMethod(), request.getPath().value());
        if (rule.isEmpty()) {
            return chain.filter(exchange);
        }
        InetSocketAddress remote = request.getRemoteAddress();
        String client = remote == null ? "unknown" : remote.getAddress().getHostAddress();
        return limits.acquire(rule.get(), client)
                .map(wait -> tooMany(exchange.getResponse(), Math.max(1, wait.toSeconds())))
                .orElseGet(() -> chain.filter(exchange));
    }

    @Scheduled(fixedDelay = 60_000)
    void evict() {
        limits.evictExpired();
    }

    private static Mono<Void> tooMany(ServerHttpResponse response, long retryAfterSeconds) {
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many attempts. Try again in " + retryAfterSeconds + " seconds.\"}")
                .getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
