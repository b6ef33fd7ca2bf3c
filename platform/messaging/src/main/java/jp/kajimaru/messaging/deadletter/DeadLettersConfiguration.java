package jp.kajimaru.messaging.deadletter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * Operators on the host reach {@code /actuator/deadletters} without a user's token (see {@link DeadLettersAccess});
 * only where Spring Security guards a servlet application, i.e. every service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer")
public class DeadLettersConfiguration {

    @Bean
    WebSecurityCustomizer deadLettersFromTheHost() {
        return web -> web.ignoring().requestMatchers(new DeadLettersAccess());
    }
}
