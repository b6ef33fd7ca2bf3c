package jp.kajimaru.user.account;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.token.AccessTokens;
import jp.kajimaru.user.token.RefreshTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Opens a session: an access token and a refresh token, in the body for API clients and as cookies for browsers. */
@Component
public class SessionIssuer {

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;

    SessionIssuer(AccessTokens accessTokens, RefreshTokens refreshTokens) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
    }

    /** {@code deviceId} set: a member session on the household's shared device (the device is the subject). */
    public ResponseEntity<AuthResponse> open(HttpStatus status, UUID userId, Member m, UUID deviceId,
                                             HttpServletRequest http) {
        String subject = deviceId != null ? "device:" + deviceId : userId.toString();
        String access = accessTokens.issue(subject, m.householdId(), m.id(), m.role(), deviceId);
        String refresh = refreshTokens.issue(deviceId != null ? null : userId, m.id(), m.householdId(), deviceId);
        return ResponseEntity.status(status)
                .headers(SessionCookies.set(http, access, accessTokens.ttlSeconds(), refresh, refreshTokens.ttlSeconds()))
                .body(new AuthResponse(access, "Bearer", accessTokens.ttlSeconds(), deviceId != null ? null : userId,
                        m.householdId(), m.id(), m.role().name()));
    }
}
