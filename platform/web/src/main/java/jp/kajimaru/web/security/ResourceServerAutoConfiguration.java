package jp.kajimaru.web.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import jp.kajimaru.web.problem.ProblemDetailsAdvice;

/**
 * Every service validates the caller's token itself (never trust the network): RS256 against
 * user-service's JWKS, fetched as the service becomes ready and kept fresh ({@link RemoteSigningKeys}); a token
 * verified once is remembered ({@link VerifiedTokenCache}).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ResourceServerProperties.class)
public class ResourceServerAutoConfiguration {

    private static final Duration KEYS_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    /** user-service answers in milliseconds at rest and took seconds under a burst of sign-ups (Argon2id). */
    private static final Duration KEYS_READ_TIMEOUT = Duration.ofSeconds(5);

    /** Not in user-service, which holds the keys and brings its own decoder. */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    RemoteSigningKeys remoteSigningKeys(ResourceServerProperties props) {
        return new RemoteSigningKeys(URI.create(props.jwksUri()), KEYS_CONNECT_TIMEOUT, KEYS_READ_TIMEOUT);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(RemoteSigningKeys keys, ResourceServerProperties props, ObjectProvider<Clock> clock) {
        return VerifiedTokenCache.forKeys(keys, props.issuer(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain kajimaruSecurity(HttpSecurity http, ResourceServerProperties props) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                            "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll();
                    props.publicPaths().forEach(p -> auth.requestMatchers(p).permitAll());
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { }).authenticationEntryPoint(entryPoint)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(new KeysUnavailableFailureHandler(entryPoint));
                                return filter;
                            }
                        }))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint));
        return http.build();
    }

    /** Services that can look members up as they are now make every request follow that (see MemberDirectory). */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnBean(MemberDirectory.class)
    org.springframework.web.servlet.config.annotation.WebMvcConfigurer currentMembership(MemberDirectory directory,
                                                                                        ResourceServerProperties props) {
        CurrentMembershipInterceptor interceptor = new CurrentMembershipInterceptor(directory, props.publicPaths());
        return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
            @Override
            public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }

    @Bean
    ServerTimeFilter serverTimeFilter(ObjectProvider<Clock> clock) {
        return new ServerTimeFilter(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice(org.springframework.context.MessageSource messages) {
        return new ProblemDetailsAdvice(messages);
    }
}
