package jp.kajimaru.user.token;

import java.time.Clock;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jp.kajimaru.web.security.ResourceServerProperties;
import jp.kajimaru.web.security.TokenValidators;
import jp.kajimaru.web.security.VerifiedTokenCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** user-service owns the keys, so it verifies tokens against them directly instead of over HTTP. */
@Configuration(proxyBeanMethods = false)
class LocalJwtDecoderConfig {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, ResourceServerProperties props, Clock clock) {
        JWKSource<SecurityContext> source = (selector, context) -> selector.select(keys.publicSet());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source));
        // Nimbus would judge exp/nbf by the wall clock; the validators below judge them by the Clock bean.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        OAuth2TokenValidator<Jwt> validator = TokenValidators.of(props.issuer(), clock);
        decoder.setJwtValidator(validator);
        return new VerifiedTokenCache(decoder, validator, VerifiedTokenCache.DEFAULT_SIZE);
    }
}
