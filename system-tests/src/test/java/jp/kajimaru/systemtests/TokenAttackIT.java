package jp.kajimaru.systemtests;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jp.kajimaru.systemtests.HostileApi.Household;
import jp.kajimaru.systemtests.HostileApi.Op;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static jp.kajimaru.systemtests.HostileApi.cookie;
import static jp.kajimaru.systemtests.HostileApi.expect;
import static jp.kajimaru.systemtests.HostileApi.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15, "Tokens": forged access tokens are 401 at every service behind the gateway — expired (signed with the
 * real key, read from user-service's database, so expiry is the only fault), tampered, {@code alg: none},
 * HS256 "signed" with the public key, an unknown {@code kid}, another issuer; refresh tokens that are used up,
 * logged out or offered as an access token are 401; and every state-changing operation of the OpenAPI documents,
 * called with only session cookies (access, refresh or shared-device cookie), is refused by the gateway without
 * the double-submit anti-CSRF token — refresh and logout included.
 */
class TokenAttackIT {

    static final String HOST = "127.0.0.34";
    /** One read per service: a forged token must fail at each service's own validation. */
    static final List<String> READS = List.of("/api/auth/me", "/api/households/current", "/api/chores", "/api/stock/items",
            "/api/shopping/items", "/api/notifications", "/api/weather/today");

    static Household a;
    static Household b;
    static String aRefresh;
    static String bRefresh;

    @BeforeAll
    static void households() throws Exception {
        RunningStack.get();
        a = new Household(HOST);
        aRefresh = cookie(signup(a), "KJ_RT");
        b = new Household(HOST);
        bRefresh = cookie(signup(b), "KJ_RT");
    }

    private static HttpResponse<String> signup(Household h) throws Exception {
        HttpResponse<String> r = expect(send(HOST, "POST", "/api/auth/signup", null, "{\"email\":\"tok-" + h.tag
                + "@example.com\",\"password\":\"" + HostileApi.PASSWORD + "\",\"displayName\":\"Admin\",\"householdName\":\"T "
                + h.tag + "\"}"), 201);
        h.adminToken = HostileApi.json(r).get("accessToken").asString();
        return r;
    }

    @Test
    void forgedAccessTokensAre401AtEveryService() throws Exception {
        SignedJWT real = SignedJWT.parse(a.adminToken);
        String kid = real.getHeader().getKeyID();
        RSAKey key = signingKey(kid);
        JWTClaimsSet claims = real.getJWTClaimsSet();
        Date iat = claims.getIssueTime();

        // The control: the same claims signed again with the real key are accepted, so each 401 below is the forgery's.
        String resigned = rs256(key, kid, claims);
        for (String path : READS) {
            assertThat(get(path, resigned).statusCode()).as("re-signed genuine token on " + path).isEqualTo(200);
        }

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("expired", rs256(key, kid, new JWTClaimsSet.Builder(claims)
                .issueTime(new Date(iat.getTime() - Duration.ofMinutes(30).toMillis()))
                .expirationTime(new Date(iat.getTime() - Duration.ofMinutes(5).toMillis())).build()));
        forged.put("tampered (other household)", tamper(a.adminToken, claims.getStringClaim("hid"), foreignHousehold()));
        forged.put("tampered (role)", tamper(a.adminToken, "\"role\":\"ADMIN\"", "\"role\":\"ADMlN\""));
        String payload = a.adminToken.split("\\.")[1];
        for (String alg : List.of("none", "None", "NONE")) {
            forged.put("alg " + alg, b64("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\"}") + "." + payload + ".");
        }
        byte[] der = key.toRSAPublicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
        forged.put("HS256 with the public key (DER)", hs256(der, kid, claims));
        forged.put("HS256 with the public key (PEM)", hs256(pem.getBytes(StandardCharsets.US_ASCII), kid, claims));
        forged.put("HS256 with the public JWK", hs256(key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8), kid, claims));
        forged.put("unknown kid, real key", rs256(key, "kid-" + UUID.randomUUID(), claims));
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
        forged.put("unknown kid, own key", rs256(attacker, "attacker", claims));
        forged.put("real kid, own key", rs256(attacker, kid, claims));
        forged.put("no kid, own key", rs256(attacker, null, claims));
        forged.put("other issuer", rs256(key, kid, new JWTClaimsSet.Builder(claims).issuer("https://evil.example.com").build()));
        forged.put("refresh token as access token", aRefresh);
        forged.put("garbage", "not-a-jwt");

        List<String> accepted = new ArrayList<>();
        forged.forEach((what, token) -> READS.forEach(path -> {
            try {
                HttpResponse<String> r = get(path, token);
                if (r.statusCode() != 401) {
                    accepted.add(what + " on " + path + " → " + r.statusCode() + " " + r.body());
                } else if (!r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json")) {
                    accepted.add(what + " on " + path + " → 401 without problem+json");
                }
            } catch (Exception e) {
                accepted.add(what + " on " + path + " → " + e);
            }
        }));
        assertThat(accepted).as("forged tokens that were not a clean 401").isEmpty();
        assertThat(get("/api/auth/me", a.adminToken).statusCode()).as("the genuine token still works").isEqualTo(200);
    }

    @Test
    void usedUpLoggedOutAndForeignRefreshTokensAre401() throws Exception {
        // A refresh token is good once: the new pair works, the old token does not.
        HttpResponse<String> rotated = refresh(aRefresh);
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(refresh(aRefresh).statusCode()).as("a used-up refresh token").isEqualTo(401);

        // B logs out: B's refresh token is dead, also when offered from A's session (access token and cookie).
        expect(send(HOST, "POST", "/api/auth/logout", null, "{\"refreshToken\":\"" + bRefresh + "\"}"), 204);
        assertThat(refresh(bRefresh).statusCode()).as("a logged-out refresh token").isEqualTo(401);
        HttpResponse<String> fromA = send(HOST, "POST", "/api/auth/refresh", a.adminToken,
                "{\"refreshToken\":\"" + bRefresh + "\"}");
        assertThat(fromA.statusCode()).as("another household's (logged-out) refresh token in A's session").isEqualTo(401);
        HttpResponse<String> cookieFromA = send(HOST, "POST", "/api/auth/refresh", null, null, Map.of(
                "Cookie", "KJ_RT=" + bRefresh + "; XSRF-TOKEN=t1", "X-XSRF-TOKEN", "t1"));
        assertThat(cookieFromA.statusCode()).as("B's refresh cookie").isEqualTo(401);
        // A tampered refresh token.
        String live = cookie(rotated, "KJ_RT");
        String flipped = live.substring(0, live.length() - 1) + (live.endsWith("A") ? "B" : "A");
        assertThat(refresh(flipped).statusCode()).as("a tampered refresh token").isEqualTo(401);
        assertThat(refresh("").statusCode()).isEqualTo(401);
        // Offering the used-up token again (above) was a replay: user-service ends the whole session, rotated token too.
        assertThat(refresh(live).statusCode()).as("the session whose old refresh token was replayed").isEqualTo(401);
    }

    @Test
    void everyCookieAuthenticatedWriteNeedsTheAntiCsrfToken() throws Exception {
        Household h = new Household(HOST);
        String refreshCookie = cookie(signup(h), "KJ_RT");
        String deviceCookie = cookie(expect(h.post("/api/devices", h.adminToken, "{\"name\":\"CSRF " + h.tag + "\"}"), 201), "KJ_DEV");
        List<Op> writes = HostileApi.operations(HOST).stream().filter(op -> !op.method().equals("GET")).toList();
        assertThat(writes).hasSizeGreaterThan(40);
        Map<String, String> sessions = Map.of("access cookie", "KJ_AT=" + h.adminToken, "refresh cookie",
                "KJ_RT=" + refreshCookie, "device cookie", "KJ_DEV=" + deviceCookie);
        List<String> through = new ArrayList<>();
        int calls = 0;
        for (Op op : writes) {
            String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (Map.Entry<String, String> session : sessions.entrySet()) {
                for (Map<String, String> csrf : List.of(Map.<String, String>of(),
                        Map.of("X-XSRF-TOKEN", "guess"), Map.of("X-XSRF-TOKEN", ""))) {
                    Map<String, String> headers = new LinkedHashMap<>(csrf);
                    headers.put("Cookie", session.getValue() + "; XSRF-TOKEN=real-one");
                    HttpResponse<String> r = send(HOST, op.method(), path, null, "{}", headers);
                    calls++;
                    // A 429 is the gateway's login/join limit refusing first (all test sockets share 127.0.0.1): not through.
                    boolean limited = r.statusCode() == 429;
                    if (!limited && (r.statusCode() != 403 || !r.body().contains("CSRF"))) {
                        through.add(op + " with the " + session.getKey() + " and " + csrf + " → " + r.statusCode() + " " + r.body());
                    }
                }
            }
        }
        System.out.printf("[token-attack] %d cookie-authenticated writes without a matching anti-CSRF token%n", calls);
        assertThat(through).as("cookie-authenticated writes that got past the anti-CSRF check").isEmpty();

        // With the token, the same cookies work: refresh, then logout (which ends the refresh token).
        Map<String, String> withCsrf = Map.of("Cookie", "KJ_RT=" + refreshCookie + "; XSRF-TOKEN=t2", "X-XSRF-TOKEN", "t2");
        HttpResponse<String> refreshed = expect(send(HOST, "POST", "/api/auth/refresh", null, null, withCsrf), 200);
        String next = cookie(refreshed, "KJ_RT");
        expect(send(HOST, "POST", "/api/auth/logout", null, null,
                Map.of("Cookie", "KJ_RT=" + next + "; XSRF-TOKEN=t3", "X-XSRF-TOKEN", "t3")), 204);
        assertThat(refresh(next).statusCode()).as("refresh after logout").isEqualTo(401);
    }

    // ---------------------------------------------------------------- helpers

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return send(HOST, "GET", path, token, null);
    }

    private static HttpResponse<String> refresh(String token) throws Exception {
        return send(HOST, "POST", "/api/auth/refresh", null, "{\"refreshToken\":\"" + token + "\"}");
    }

    private static String foreignHousehold() throws Exception {
        return HostileApi.json(expect(get("/api/households/current", b.adminToken), 200)).get("id").asString();
    }

    /** The running stack's signing key with this kid, read from user-service's database (its URL is in its log). */
    private static RSAKey signingKey(String kid) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + RunningStack.databaseAddress() + "/kajimaru_user?user=root");
             PreparedStatement s = c.prepareStatement("SELECT jwk_json FROM signing_keys WHERE kid = ?")) {
            s.setString(1, kid);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("signing key " + kid).isTrue();
                RSAKey key = RSAKey.parse(rs.getString(1));
                // The private key must never show up in a log or a response.
                SecretScan.secret("private signing key", key.getPrivateExponent().toString());
                return key;
            }
        }
    }

    private static String rs256(RSAKey key, String kid, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String hs256(byte[] secret, String kid, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    /** The token with a piece of its payload replaced, keeping the original signature. */
    private static String tamper(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains(from);
        return parts[0] + "." + b64(payload.replace(from, to)) + "." + parts[2];
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
