package jp.kajimaru.gateway.security;

import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The gateway is the edge: the services count their per-client limits (user-service's failed joins per address) by
 * the last {@code X-Forwarded-For} entry. Spring Cloud Gateway adds no forwarded headers unless trusted proxies are
 * configured ({@code trusted-proxies} in application.yml): without them every family counted as the gateway's own
 * address, so one family's typos locked out every other. Trusting every client is safe only because this filter
 * first drops the forwarding headers the client sent, so the one entry the gateway appends is the address the
 * client connected from and no client can pick its own.
 */
@Component
@Order(SecurityHeadersFilter.ORDER)
public class ClientAddressFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
            headers.remove("Forwarded");
            headers.remove("X-Forwarded-For");
        }).build();
        return chain.filter(exchange.mutate().request(request).build());
    }
}
