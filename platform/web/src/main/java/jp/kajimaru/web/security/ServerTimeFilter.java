package jp.kajimaru.web.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells clients the application's "now" ({@value #HEADER}, an ISO instant from the {@link Clock} bean), so the web
 * UI's "today" in the household's zone is the server's, not whatever the device's clock says. The HTTP Date header
 * cannot serve: it is the wall clock and has no sub-second part.
 */
public class ServerTimeFilter extends OncePerRequestFilter implements Ordered {

    public static final String HEADER = "X-Kajimaru-Now";

    private final Clock clock;

    public ServerTimeFilter(Clock clock) {
        this.clock = clock;
    }

    /** Before security, so a 401 says it too. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, clock.instant().toString());
        chain.doFilter(request, response);
    }
}
