package jp.kajimaru.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Browsers carry the access token in an HttpOnly cookie; services only understand bearer tokens. This
 * filter turns the cookie into an {@code Authorization} header, and because cookies travel on their own,
 * demands the double-submit anti-CSRF token ({@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN})
 * on every state-changing request that carries a session cookie: the access cookie, the refresh cookie
 * (refresh, logout) or the shared-device cookie (PIN sessions). API clients that send their own bearer
 * token are not affected.
 */
@Component
public class CookieSessionFilter implements GlobalFilter, Ordered {

    static final String ACCESS_COOKIE = "KJ_AT";
    /** user-service's refresh (SessionCookies.REFRESH) and shared-device (DeviceController.DEVICE_COOKIE) cookies. */
    static final List<String> SESSION_COOKIES = List.of(ACCESS_COOKIE, "KJ_RT", "KJ_DEV");
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        boolean cookieSession = SESSION_COOKIES.stream().anyMatch(name -> hasValue(request.getCookies().getFirst(name)));
        if (cookieSession && !SAFE.contains(request.getMethod()) && !csrfTokenMatches(request)) {
            return GatewayProblems.write(exchange.getResponse(), HttpStatus.FORBIDDEN,
                    "Missing or wrong anti-CSRF token (X-XSRF-TOKEN).");
        }
        HttpCookie access = request.getCookies().getFirst(ACCESS_COOKIE);
        if (!hasValue(access)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest withBearer = request.mutate()
                .headers(h -> h.setBearerAuth(access.getValue()))
                .build();
        return chain.filter(exchange.mutate().request(withBearer).build());
    }

    private static boolean csrfTokenMatches(ServerHttpRequest request) {
        HttpCookie cookie = request.getCookies().getFirst(SecurityHeadersFilter.CSRF_COOKIE);
        String header = request.getHeaders().getFirst(CSRF_HEADER);
        return cookie != null && header != null && !header.isEmpty() && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasValue(HttpCookie cookie) {
        return cookie != null && !cookie.getValue().isEmpty();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
