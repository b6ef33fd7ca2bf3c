package jp.kajimaru.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class VerifiedTokenCacheTest {

    private static final Instant ISSUED = Instant.parse("2026-02-28T23:50:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(ISSUED);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final AtomicInteger fullChecks = new AtomicInteger();
    private final RSAKey key;
    private final VerifiedTokenCache decoder;

    VerifiedTokenCacheTest() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        OAuth2TokenValidator<Jwt> validator = TokenValidators.of("kajimaru", clock);
        nimbus.setJwtValidator(validator);
        JwtDecoder counting = token -> {
            fullChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        decoder = new VerifiedTokenCache(counting, validator, 2);
    }

    @Test
    void aTokenIsVerifiedOnceAndThenRemembered() throws Exception {
        String token = token("member-1", Duration.ofMinutes(15));

        Jwt first = decoder.decode(token);
        Jwt again = decoder.decode(token);

        assertThat(again.getSubject()).isEqualTo("member-1");
        assertThat(again).isSameAs(first);
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void aRememberedTokenStillExpiresByTheClock() throws Exception {
        String token = token("member-1", Duration.ofMinutes(15));
        decoder.decode(token);

        // Expiry plus the validators' 60 s of leeway.
        now.set(ISSUED.plus(Duration.ofMinutes(16).plusSeconds(1)));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(decoder.size()).isZero();
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(fullChecks).as("the forgotten token was checked in full again").hasValue(2);
    }

    @Test
    void anAlteredTokenIsRejectedAndNeverRemembered() throws Exception {
        String token = token("member-1", Duration.ofMinutes(15));
        String[] parts = token.split("\\.");
        String otherPayload = token("member-2", Duration.ofMinutes(15)).split("\\.")[1];
        String altered = parts[0] + "." + otherPayload + "." + parts[2];

        assertThatThrownBy(() -> decoder.decode(altered)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(altered)).isInstanceOf(BadJwtException.class);
        assertThat(fullChecks).hasValue(2);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void itRemembersNoMoreThanItsSize() throws Exception {
        for (int i = 0; i < 5; i++) {
            decoder.decode(token("member-" + i, Duration.ofMinutes(15)));
        }

        assertThat(decoder.size()).isEqualTo(2);
    }

    private String token(String subject, Duration lifetime) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issuer("kajimaru")
                .issueTime(Date.from(ISSUED)).expirationTime(Date.from(ISSUED.plus(lifetime))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
