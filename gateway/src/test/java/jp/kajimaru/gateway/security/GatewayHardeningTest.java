package jp.kajimaru.gateway.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real gateway (Netty, routes, filters) in front of a stand-in backend that records every path it
 * receives: rate limits hold for every spelling of a limited path, ambiguous paths never reach a service,
 * cookie-only writes need the CSRF token, and everything the gateway answers carries its security headers.
 * Each test sends from its own loopback address (127.0.0.x), so the per-client limits do not mix; the
 * clock stands still, so no minute window ends in the middle of a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayHardeningTest {

    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer BACKEND = backend();

    @LocalServerPort int port;

    @TestConfiguration
    static class StillClock {
        @Bean
        @Primary
        Clock stillClock() {
            return Clock.fixed(Instant.parse("2026-11-29T10:00:10Z"), ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void routesToTheBackend(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + BACKEND.getAddress().getPort();
        for (String service : List.of("user", "rotation", "inventory", "shopping", "notification", "weather")) {
            registry.add("kajimaru.services." + service, () -> url);
        }
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.stop(0);
    }

    @Test
    void everyLimitedPathIsLimitedHoweverItIsSpelled() throws Exception {
        String member = UUID.randomUUID().toString();
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        spellings.put("/api/auth/login", List.of("/api/auth/%6cogin", "/api/auth/logi%6E", "/api/%61uth/login",
                "/API/AUTH/LOGIN", "/Api/Auth/Login", "/api/auth/LOGIN", "/api/auth/login/", "/api//auth/login"));
        spellings.put("/api/invites/join", List.of("/api/invites/%6aoin", "/api/%69nvites/join", "/API/INVITES/JOIN",
                "/api/invites/join/"));
        spellings.put("/api/devices/current/sessions", List.of("/api/devices/current/%73essions",
                "/api/devices/%63urrent/sessions", "/api/DEVICES/current/sessions", "/api/devices/current/sessions//"));
        spellings.put("/api/members/" + member + "/pin", List.of("/api/members/" + member + "/%70in",
                "/api/members/" + member.toUpperCase(Locale.ROOT) + "/PIN", "/api/%6dembers/" + member + "/pin/"));
        int client = 10;
        for (var entry : spellings.entrySet()) {
            String from = "127.0.0." + client++;
            RateLimits.Rule rule = new RateLimits(Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC)).ruleFor(
                    org.springframework.http.HttpMethod.POST, entry.getKey()).orElseThrow();
            for (int i = 0; i < rule.perMinute(); i++) {
                assertThat(post(from, entry.getKey()).status()).as(entry.getKey() + " #" + (i + 1)).isEqualTo(200);
            }
            for (String spelling : entry.getValue()) {
                RawHttp.Answer r = post(from, spelling);
                assertThat(r.status()).as(spelling + " once " + entry.getKey() + " is used up").isEqualTo(429);
                assertThat(r.header("retry-after")).as(spelling + ": a minute from the first attempt").contains("60");
                assertProblem(r, 429);
            }
        }
    }

    @Test
    void ambiguousPathsAre400ProblemAndNeverReachAService() throws Exception {
        List<String> ambiguous = List.of("/api/auth%2flogin", "/api/auth%2Flogin", "/api/auth/login%2f",
                "/api/auth%5clogin", "/api/auth%5Clogin", "/api/auth/login%00", "/api/auth/%00login",
                "/api/auth/%252e%252e/login", "/api/auth/%256cogin", "/api/auth/%2e%2e/auth/login",
                "/api/auth/%2E/login", "/api/chores/../auth/login", "/api/auth/./login", "/api/auth/login;jsessionid=1",
                "/api/auth/login%3bx", "/api/auth/login%0a", "/api/chores/%c0%af");
        RECEIVED.clear();
        for (String path : ambiguous) {
            for (String method : List.of("GET", "POST")) {
                RawHttp.Answer r = send("127.0.0.20", method, path, Map.of());
                assertThat(r.status()).as(method + " " + path).isEqualTo(400);
                assertProblem(r, 400);
                assertSecurityHeaders(r);
            }
        }
        assertThat(RECEIVED).as("paths a service received").isEmpty();
        assertThat(get("127.0.0.20", "/api/chores/%E6%8E%83%E9%99%A4").status()).as("plain UTF-8 is not ambiguous").isEqualTo(200);
        assertThat(RECEIVED).containsExactly("/api/chores/%E6%8E%83%E9%99%A4");
    }

    @Test
    void cookieOnlyWritesNeedTheCsrfToken() throws Exception {
        String from = "127.0.0.30";
        // A forged cross-site request carries every cookie of the site, the CSRF cookie too; only the header is missing.
        Map<String, String> refreshCookie = Map.of("Cookie", "KJ_RT=refresh-secret; XSRF-TOKEN=t0k");
        Map<String, String> deviceCookie = Map.of("Cookie", "KJ_DEV=device-secret; XSRF-TOKEN=t0k");
        Map<String, String> accessCookie = Map.of("Cookie", "KJ_AT=jwt; XSRF-TOKEN=t0k");
        for (var call : List.of(Map.entry("/api/auth/refresh", refreshCookie), Map.entry("/api/auth/logout", refreshCookie),
                Map.entry("/api/devices/current/sessions", deviceCookie), Map.entry("/api/chores", accessCookie))) {
            RawHttp.Answer forged = send(from, "POST", call.getKey(), call.getValue());
            assertThat(forged.status()).as(call.getKey() + " with only the cookie").isEqualTo(403);
            assertProblem(forged, 403);
            assertSecurityHeaders(forged);
            Map<String, String> wrong = new LinkedHashMap<>(call.getValue());
            wrong.put("X-XSRF-TOKEN", "other");
            assertThat(send(from, "POST", call.getKey(), wrong).status()).as(call.getKey() + " wrong token").isEqualTo(403);
            Map<String, String> echoed = new LinkedHashMap<>(call.getValue());
            echoed.put("X-XSRF-TOKEN", "t0k");
            assertThat(send(from, "POST", call.getKey(), echoed).status()).as(call.getKey() + " with the token").isEqualTo(200);
        }
        assertThat(send(from, "GET", "/api/devices/current/board", deviceCookie).status()).as("reads need no token").isEqualTo(200);
        assertThat(send(from, "POST", "/api/auth/logout", Map.of("Cookie", "KJ_RT=r", "Authorization", "Bearer api-client"))
                .status()).as("API clients with their own bearer token").isEqualTo(200);
        assertThat(post(from, "/api/auth/signup").status()).as("no session cookie, nothing to forge").isEqualTo(200);
    }

    @Test
    void everyAnswerTheGatewayGivesItselfCarriesTheSecurityHeaders() throws Exception {
        String from = "127.0.0.40";
        RawHttp.Answer limited = null;
        for (int i = 0; i < 11; i++) {
            limited = post(from, "/api/auth/login");
        }
        assertThat(limited.status()).isEqualTo(429);
        RawHttp.Answer missingStatic = get(from, "/css/no-such-file.css");
        assertThat(missingStatic.status()).isEqualTo(404);
        RawHttp.Answer noRoute = get(from, "/nothing/here");
        assertThat(noRoute.status()).isEqualTo(404);
        assertProblem(noRoute, 404);
        RawHttp.Answer ambiguous = get(from, "/api/chores%2f");
        assertThat(ambiguous.status()).isEqualTo(400);
        RawHttp.Answer tooLong = get(from, "/api/chores/" + "a".repeat(5000));
        assertThat(tooLong.status()).isEqualTo(414);
        assertProblem(tooLong, 414);
        RawHttp.Answer forged = send(from, "DELETE", "/api/chores/1", Map.of("Cookie", "KJ_AT=jwt; XSRF-TOKEN=t0k"));
        assertThat(forged.status()).isEqualTo(403);
        RawHttp.Answer proxied = get(from, "/api/chores");
        assertThat(proxied.status()).isEqualTo(200);
        RawHttp.Answer page = get(from, "/");
        assertThat(page.status()).isEqualTo(200);
        for (RawHttp.Answer r : List.of(limited, missingStatic, noRoute, ambiguous, tooLong, forged, proxied, page)) {
            assertSecurityHeaders(r);
        }
    }

    @Test
    void routedRequestsShowInThePrometheusScrape() throws Exception {
        assertThat(get("127.0.0.40", "/api/chores").status()).isEqualTo(200);

        RawHttp.Answer scrape = get("127.0.0.40", "/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        // RED per route: the gateway times every proxied call by its route.
        assertThat(scrape.body()).contains("http_server_requests_seconds_count")
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"rotation\"");
    }

    private static void assertSecurityHeaders(RawHttp.Answer r) {
        String what = r.request() + " → " + r.status();
        assertThat(r.header("content-security-policy")).as(what).hasValueSatisfying(
                v -> assertThat(v).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(r.header("x-content-type-options")).as(what).contains("nosniff");
        assertThat(r.header("referrer-policy")).as(what).contains("same-origin");
        assertThat(r.header("x-frame-options")).as(what).contains("DENY");
    }

    private static void assertProblem(RawHttp.Answer r, int status) {
        assertThat(r.header("content-type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"status\":" + status);
    }

    private RawHttp.Answer get(String from, String path) throws Exception {
        return send(from, "GET", path, Map.of());
    }

    private RawHttp.Answer post(String from, String path) throws Exception {
        return send(from, "POST", path, Map.of("Content-Type", "application/json"));
    }

    private RawHttp.Answer send(String from, String method, String path, Map<String, String> headers) throws Exception {
        boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        return RawHttp.send(from, port, method, path, headers, hasBody ? "{}" : null);
    }

    /** Answers 200 {} to anything and remembers the raw path, as a service behind the gateway would see it. */
    private static HttpServer backend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                RECEIVED.add(exchange.getRequestURI().getRawPath());
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
