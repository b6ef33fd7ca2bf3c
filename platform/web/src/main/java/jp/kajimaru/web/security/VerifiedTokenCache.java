package jp.kajimaru.web.security;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A token whose signature was checked once is not checked again on each of its requests: the RSA verification
 * (BigInteger arithmetic, on the services' C1-only JIT) was ~19 % of rotation-service's request CPU under the
 * 100-household load (JFR, issue #14). Its claims are still judged on every use by the same validators (expiry by the
 * application's Clock), so a remembered token expires exactly when it would have; an unknown or altered token goes
 * through the full check. At most {@code maximumSize} tokens are remembered, least recently used out first.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    /** Five members in each of a few hundred households, each with one or two live tokens: a few MB of heap. */
    public static final int DEFAULT_SIZE = 2_000;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifier  checks signature and claims (the validator below among them)
     * @param validator the claim checks to run again whenever a remembered token is used
     */
    public VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int maximumSize) {
        this.verifier = verifier;
        this.validator = validator;
        // Evictions run on the caller's thread: no background work, and tests see the bound at once.
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
    }

    /**
     * The decoder every service uses: RS256 signatures against {@code keys}, our issuer, expiry judged by
     * {@code clock}, verified tokens remembered.
     */
    public static VerifiedTokenCache forKeys(JWKSource<SecurityContext> keys, String issuer, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        OAuth2TokenValidator<Jwt> validator = TokenValidators.of(issuer, clock);
        decoder.setJwtValidator(validator);
        return new VerifiedTokenCache(decoder, validator, DEFAULT_SIZE);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = verifier.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            // The same exception and text NimbusJwtDecoder gives for a token that fails its validators.
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                    + result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return known;
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
