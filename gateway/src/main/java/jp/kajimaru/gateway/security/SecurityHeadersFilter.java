package jp.kajimaru.gateway.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Browser hardening on every response: no inline script, no framing, no sniffing, little referrer; and
 * the double-submit anti-CSRF cookie that {@link CookieSessionFilter} checks, readable by the page's script
 * on purpose (echoing it proves the request came from our own origin). First of all filters, and applied
 * again just before the response is committed, so the gateway's own answers (400, 403, 404, 429, errors)
 * carry the headers as well as proxied ones, whose backend values the gateway's replace.
 */
@Component
@Order(SecurityHeadersFilter.ORDER)
public class SecurityHeadersFilter implements WebFilter {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String CSRF_COOKIE = "XSRF-TOKEN";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getCookies().getFirst(CSRF_COOKIE) == null) {
            byte[] raw = new byte[24];
            RANDOM.nextBytes(raw);
            exchange.getResponse().addCookie(ResponseCookie.from(CSRF_COOKIE,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(raw)).path("/").sameSite("Strict").build());
        }
        ServerHttpResponse response = exchange.getResponse();
        harden(response.getHeaders());
        response.beforeCommit(() -> Mono.fromRunnable(() -> harden(response.getHeaders())));
        return chain.filter(exchange);
    }

    private static void harden(HttpHeaders h) {
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "same-origin");
        h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
