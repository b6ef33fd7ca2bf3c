package jp.kajimaru.user.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kajimaru.web.security.ResourceServerProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Requests follow the member as they are now, not as the access token (up to 15 minutes old) describes them:
 * a removed member's token is refused with 401, and a changed role replaces the token's before any handler
 * reads {@code CurrentMember} — so a demoted admin's token has no admin powers left. On the public endpoints
 * (sign-up, login, ...) a stale token is ignored instead, because the gateway forwards the browser's cookie.
 */
@Component
class CurrentMembership implements HandlerInterceptor {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final MemberRepository members;
    private final List<String> publicPaths;

    CurrentMembership(MemberRepository members, ResourceServerProperties props) {
        this.members = members;
        this.publicPaths = props.publicPaths();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken token)) {
            return true;
        }
        Jwt jwt = token.getToken();
        Optional<Member> member = find(jwt);
        if (member.isEmpty()) {
            if (isPublic(request)) {
                SecurityContextHolder.clearContext();
                return true;
            }
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "This member no longer belongs to the household; please log in again.");
        }
        String role = member.get().role().name();
        if (!role.equals(jwt.getClaimAsString("role"))) {
            Jwt current = Jwt.withTokenValue(jwt.getTokenValue()).headers(h -> h.putAll(jwt.getHeaders()))
                    .claims(c -> {
                        c.putAll(jwt.getClaims());
                        c.put("role", role);
                    }).build();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new JwtAuthenticationToken(current, token.getAuthorities(), token.getName()));
            SecurityContextHolder.setContext(context);
        }
        return true;
    }

    private Optional<Member> find(Jwt jwt) {
        try {
            return members.find(UUID.fromString(jwt.getClaimAsString("hid")), UUID.fromString(jwt.getClaimAsString("mid")));
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            return Optional.empty();
        }
    }

    private boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return publicPaths.stream().anyMatch(p -> PATHS.match(p, path));
    }
}
