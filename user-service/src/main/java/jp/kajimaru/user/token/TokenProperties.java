package jp.kajimaru.user.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code kajimaru.tokens.*}: lifetimes of access and refresh tokens. */
@ConfigurationProperties("kajimaru.tokens")
public record TokenProperties(Duration accessTtl, Duration refreshTtl, String issuer) {

    public TokenProperties {
        accessTtl = accessTtl == null ? Duration.ofMinutes(15) : accessTtl;
        refreshTtl = refreshTtl == null ? Duration.ofDays(30) : refreshTtl;
        issuer = issuer == null ? "kajimaru" : issuer;
    }
}
