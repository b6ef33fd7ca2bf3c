package jp.kajimaru.web.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * The checks every decoder applies: our issuer, and expiry judged by the application's {@link Clock}
 * (not the wall clock), so a service and the one that issued its tokens agree on "now" — also in tests
 * that pin time.
 */
public final class TokenValidators {

    private TokenValidators() {
    }

    public static OAuth2TokenValidator<Jwt> of(String issuer, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(60));
        timestamps.setClock(clock);
        return JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer), timestamps);
    }
}
