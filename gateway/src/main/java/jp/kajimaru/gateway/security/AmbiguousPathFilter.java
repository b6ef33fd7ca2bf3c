package jp.kajimaru.gateway.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses, before rate limits and routing, paths that the gateway and a service could read differently
 * (see {@link RequestPaths}): 400 problem+json, so no such request ever reaches a service.
 */
@Component
@Order(AmbiguousPathFilter.ORDER)
public class AmbiguousPathFilter implements WebFilter {

    static final int ORDER = SecurityHeadersFilter.ORDER + 1;

    /**
     * No address of ours is this long. Netty lets lines up to server.netty.max-initial-line-length through (set
     * above this), so that a long one gets this problem+json answer instead of Netty's empty 414.
     */
    static final int MAX_URI_LENGTH = 2048;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getURI().getRawPath().length()
                + String.valueOf(exchange.getRequest().getURI().getRawQuery()).length() > MAX_URI_LENGTH) {
            return GatewayProblems.write(exchange.getResponse(), HttpStatus.URI_TOO_LONG, "The address is too long.");
        }
        if (RequestPaths.normalise(exchange.getRequest().getURI().getRawPath()).isEmpty()) {
            return GatewayProblems.write(exchange.getResponse(), HttpStatus.BAD_REQUEST,
                    "The path has an ambiguous encoding (encoded slash, backslash or NUL, double encoding, "
                            + "dot segments or path parameters).");
        }
        return chain.filter(exchange);
    }
}
