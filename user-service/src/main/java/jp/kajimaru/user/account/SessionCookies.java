package jp.kajimaru.user.account;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Browser sessions: access and refresh tokens in HttpOnly, SameSite=Strict cookies, Secure everywhere
 * but plain-HTTP localhost (so the embedded stack works without TLS). The refresh cookie is only sent
 * to the auth endpoints.
 */
public final class SessionCookies {

    public static final String ACCESS = "KJ_AT";
    public static final String REFRESH = "KJ_RT";

    private SessionCookies() {
    }

    public static HttpHeaders set(HttpServletRequest request, String accessToken, long accessTtl, String refreshToken, long refreshTtl) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.SET_COOKIE, cookie(request, ACCESS, accessToken, "/", Duration.ofSeconds(accessTtl)));
        headers.add(HttpHeaders.SET_COOKIE, cookie(request, REFRESH, refreshToken, "/api/auth", Duration.ofSeconds(refreshTtl)));
        return headers;
    }

    public static HttpHeaders clear(HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.SET_COOKIE, cookie(request, ACCESS, "", "/", Duration.ZERO));
        headers.add(HttpHeaders.SET_COOKIE, cookie(request, REFRESH, "", "/api/auth", Duration.ZERO));
        return headers;
    }

    private static String cookie(HttpServletRequest request, String name, String value, String path, Duration maxAge) {
        return httpOnly(request, name, value, path, maxAge).toString();
    }

    public static ResponseCookie httpOnly(HttpServletRequest request, String name, String value, String path, Duration maxAge) {
        return ResponseCookie.from(name, value).httpOnly(true).secure(!isLocalPlainHttp(request)).sameSite("Strict")
                .path(path).maxAge(maxAge).build();
    }

    private static boolean isLocalPlainHttp(HttpServletRequest request) {
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        String scheme = forwardedProto != null ? forwardedProto : request.getScheme();
        String host = request.getServerName();
        return "http".equals(scheme) && ("localhost".equals(host) || "127.0.0.1".equals(host));
    }
}
