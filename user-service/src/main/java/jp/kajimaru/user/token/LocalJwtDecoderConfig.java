package jp.kajimaru.user.token;

import java.time.Clock;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jp.kajimaru.web.security.ResourceServerProperties;
import jp.kajimaru.web.security.VerifiedTokenCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** user-service owns the keys, so it verifies tokens against them directly instead of over HTTP. */
@Configuration(proxyBeanMethods = false)
class LocalJwtDecoderConfig {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, ResourceServerProperties props, Clock clock) {
        JWKSource<SecurityContext> source = (selector, context) -> selector.select(keys.publicSet());
        return VerifiedTokenCache.forKeys(source, props.issuer(), clock);
    }
}
