package jp.kajimaru.web.security;

import java.util.UUID;

import jp.kajimaru.domain.ForbiddenException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from the verified access token: {@code sub} (user or device), {@code hid} (household),
 * {@code mid} (member), {@code role}. Every query a service runs is scoped by {@link #householdId()}.
 */
public record CurrentMember(String subject, UUID householdId, UUID memberId, String role, UUID deviceId) {

    public static CurrentMember fromJwt(Jwt jwt) {
        String mid = jwt.getClaimAsString("mid");
        String dev = jwt.getClaimAsString("dev");
        return new CurrentMember(jwt.getSubject(), UUID.fromString(jwt.getClaimAsString("hid")),
                mid == null ? null : UUID.fromString(mid), jwt.getClaimAsString("role"),
                dev == null ? null : UUID.fromString(dev));
    }

    /** The caller of the current request; only valid behind the resource-server filter. */
    public static CurrentMember get() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return fromJwt(token.getToken());
        }
        throw new IllegalStateException("No authenticated Kajimaru token on this request");
    }

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }

    /** Admin-only actions; on a shared device the admin has entered their own PIN to get this session. */
    public CurrentMember requireAdmin() {
        if (!isAdmin()) {
            throw new ForbiddenException("Only an admin of the household can do this.");
        }
        return this;
    }

    public boolean onDevice() {
        return deviceId != null;
    }
}
