package jp.kajimaru.gateway.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Decides which address a request counts against: the gateway's own rate limits and the services' per-client limits
 * (user-service's failed joins per address, read from the last {@code X-Forwarded-For} entry) must see the family's
 * address, or one family's typos lock out every other.
 *
 * <p>Spring Cloud Gateway appends the connecting address to {@code X-Forwarded-For} only for trusted proxies
 * ({@code trusted-proxies} in application.yml trusts every peer). That is safe because this filter first drops the
 * forwarding headers a client sent, so nobody picks their own address. Behind an ingress or load balancer the
 * connecting address is the proxy's: {@code kajimaru.gateway.edge-proxies} (a pattern of those proxies' addresses,
 * empty on a laptop) lets the gateway take the client from the last entry such a proxy appended instead.
 */
@Component
@Order(SecurityHeadersFilter.ORDER)
public class ClientAddressFilter implements WebFilter {

    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final List<String> FORWARDING = List.of("Forwarded", "X-Forwarded-For");

    private final Pattern edgeProxies;

    public ClientAddressFilter(@Value("${kajimaru.gateway.edge-proxies:}") String edgeProxies) {
        this.edgeProxies = edgeProxies.isBlank() ? null : Pattern.compile(edgeProxies);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest original = exchange.getRequest();
        ServerHttpRequest.Builder request = original.mutate();
        InetSocketAddress client = clientBehindEdgeProxy(original);
        if (client != null) {
            request.remoteAddress(client);
        }
        request.headers(headers -> FORWARDING.forEach(headers::remove));
        return chain.filter(exchange.mutate().request(request.build()).build());
    }

    /** The address an edge proxy says it served, when the request came from one; null otherwise. */
    private InetSocketAddress clientBehindEdgeProxy(ServerHttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (edgeProxies == null || peer == null || peer.getAddress() == null
                || !edgeProxies.matcher(peer.getAddress().getHostAddress()).matches()) {
            return null;
        }
        List<String> forwardedFor = request.getHeaders().getValuesAsList("X-Forwarded-For");
        if (forwardedFor.isEmpty()) {
            return null;
        }
        InetAddress client = literal(forwardedFor.get(forwardedFor.size() - 1).strip());
        return client == null ? null : new InetSocketAddress(client, 0);
    }

    /** An IP literal only: a host name here would mean a DNS lookup on a value from the network. */
    private static InetAddress literal(String value) {
        if (value.length() > 45 || !IP_LITERAL.matcher(value).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
