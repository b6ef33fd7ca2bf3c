package jp.kajimaru.user.account;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jp.kajimaru.user.household.HouseholdService;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.token.AccessTokens;
import jp.kajimaru.user.token.RefreshTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Opens a session: an access token and a refresh token, in the body for API clients and as cookies for browsers.
 * A member session on the shared device is ended by the server after the household's idle timeout. Its access
 * token is short (a fifth of the timeout, at most the usual 15 minutes), and its refresh token lives the timeout
 * plus that long from its last use, each refresh starting again: a member using the board keeps the session (the
 * browser refreshes on the first 401), one who left it alone is out between 1 and 1.2 idle timeouts after their
 * last request — whatever the browser does.
 */
@Component
public class SessionIssuer {

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final HouseholdService households;

    SessionIssuer(AccessTokens accessTokens, RefreshTokens refreshTokens, HouseholdService households) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.households = households;
    }

    /** {@code deviceId} set: a member session on the household's shared device (the device is the subject). */
    public ResponseEntity<AuthResponse> open(HttpStatus status, UUID userId, Member m, UUID deviceId,
                                             HttpServletRequest http) {
        Duration refreshTtl = refreshTokens.ttl();
        Duration accessTtl = accessTokens.ttl();
        if (deviceId != null) {
            Duration idle = idleTimeout(m.householdId());
            Duration fifth = idle.dividedBy(5);
            accessTtl = accessTtl.compareTo(fifth) < 0 ? accessTtl : fifth;
            refreshTtl = idle.plus(accessTtl);
        }
        String subject = deviceId != null ? "device:" + deviceId : userId.toString();
        String access = accessTokens.issue(subject, m.householdId(), m.id(), m.role(), deviceId, accessTtl);
        String refresh = refreshTokens.issue(deviceId != null ? null : userId, m.id(), m.householdId(), deviceId, refreshTtl);
        return ResponseEntity.status(status)
                .headers(SessionCookies.set(http, access, accessTtl.toSeconds(), refresh, refreshTtl.toSeconds()))
                .body(new AuthResponse(access, "Bearer", accessTtl.toSeconds(), deviceId != null ? null : userId,
                        m.householdId(), m.id(), m.role().name()));
    }

    private Duration idleTimeout(UUID householdId) {
        return Duration.ofMinutes(households.idleTimeoutMinutes(householdId));
    }
}
