package jp.kajimaru.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays user-service's token issuer for a service under test: a real JWKS over HTTP on loopback and
 * RS256 tokens signed with its key and dated by {@link TestClock}, plus the bad ones (expired, foreign key) a resource server must refuse.
 */
public final class TestTokens implements AutoCloseable {

    private final RSAKey key;
    private final RSAKey strangerKey;
    private final HttpServer server;
    private final AtomicInteger keyFetches = new AtomicInteger();
    private volatile boolean keysWithdrawn;

    private TestTokens(RSAKey key, RSAKey strangerKey, HttpServer server) {
        this.key = key;
        this.strangerKey = strangerKey;
        this.server = server;
    }

    public static TestTokens start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            TestTokens tokens = new TestTokens(key, stranger, server);
            server.createContext("/.well-known/jwks.json", exchange -> {
                tokens.keyFetches.incrementAndGet();
                if (tokens.keysWithdrawn) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            return tokens;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** How many times the JWKS was asked for. */
    public int keyFetches() {
        return keyFetches.get();
    }

    /** From now on the JWKS answers 503, as a user-service that is down or too busy would. */
    public void withdrawKeys() {
        keysWithdrawn = true;
    }

    public String token(UUID householdId, UUID memberId, String role) {
        return sign(key, householdId, memberId, role, TestClock.shared().instant().plus(Duration.ofMinutes(15)));
    }

    public String expiredToken(UUID householdId, UUID memberId, String role) {
        return sign(key, householdId, memberId, role, TestClock.shared().instant().minus(Duration.ofMinutes(5)));
    }

    /** Same key id, different key: what a forger without user-service's private key can make. */
    public String forgedToken(UUID householdId, UUID memberId, String role) {
        return sign(strangerKey, householdId, memberId, role, TestClock.shared().instant().plus(Duration.ofMinutes(15)));
    }

    private static String sign(RSAKey with, UUID householdId, UUID memberId, String role, Instant expires) {
        Instant now = TestClock.shared().instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("kajimaru").subject(UUID.randomUUID().toString())
                .issueTime(Date.from(now.minusSeconds(600))).expirationTime(Date.from(expires))
                .claim("hid", householdId.toString()).claim("mid", memberId.toString()).claim("role", role).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
