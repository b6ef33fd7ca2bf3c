package jp.kajimaru.web.security;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Requests follow the member as they are now, not as the access token describes them: a removed member's token is
 * refused with 401, and a changed role replaces the token's before any handler reads {@link CurrentMember} — so a
 * demoted admin's token has no admin powers left. On public endpoints (sign-up, login, ...) a stale token is
 * ignored instead, because the gateway forwards the browser's cookie.
 */
public class CurrentMembershipInterceptor implements HandlerInterceptor {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final MemberDirectory directory;
    private final List<String> publicPaths;

    public CurrentMembershipInterceptor(MemberDirectory directory, List<String> publicPaths) {
        this.directory = directory;
        this.publicPaths = List.copyOf(publicPaths);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken token)) {
            return true;
        }
        Jwt jwt = token.getToken();
        MemberDirectory.Membership membership = lookup(jwt);
        switch (membership.status()) {
            case UNKNOWN -> {
                return true;
            }
            case REMOVED -> {
                if (isPublic(request)) {
                    SecurityContextHolder.clearContext();
                    return true;
                }
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "This member no longer belongs to the household; please log in again.");
            }
            default -> {
                if (!membership.role().equals(jwt.getClaimAsString("role"))) {
                    Jwt current = Jwt.withTokenValue(jwt.getTokenValue()).headers(h -> h.putAll(jwt.getHeaders()))
                            .claims(c -> {
                                c.putAll(jwt.getClaims());
                                c.put("role", membership.role());
                            }).build();
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(new JwtAuthenticationToken(current, token.getAuthorities(), token.getName()));
                    SecurityContextHolder.setContext(context);
                }
                return true;
            }
        }
    }

    private MemberDirectory.Membership lookup(Jwt jwt) {
        UUID household;
        UUID member;
        try {
            household = UUID.fromString(jwt.getClaimAsString("hid"));
            String mid = jwt.getClaimAsString("mid");
            member = mid == null ? null : UUID.fromString(mid);
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            return MemberDirectory.Membership.removed();
        }
        return directory.lookup(household, member);
    }

    private boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return publicPaths.stream().anyMatch(p -> PATHS.match(p, path));
    }
}
