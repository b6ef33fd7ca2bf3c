package jp.kajimaru.web.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code kajimaru.security.*}: where the JWKS lives and which paths need no token. */
@ConfigurationProperties("kajimaru.security")
public record ResourceServerProperties(String jwksUri, String issuer, List<String> publicPaths) {

    public ResourceServerProperties {
        jwksUri = jwksUri == null ? "http://127.0.0.1:8081/.well-known/jwks.json" : jwksUri;
        issuer = issuer == null ? "kajimaru" : issuer;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
