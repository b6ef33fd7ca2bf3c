package jp.kajimaru.user.login;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordEncoderConfig {

    /**
     * Delegating: hashes carry their algorithm id. New hashes are Argon2id, which takes passphrases of any length
     * (BCrypt stops at 72 bytes, i.e. 24 Japanese characters); existing {bcrypt} hashes still verify and are
     * re-hashed on the next successful login.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${kajimaru.user.password-hashes-at-once:0}") int atOnce,
            @Value("${kajimaru.user.password-hash-wait:20s}") Duration wait) {
        // 0: one per core.
        int hashesAtOnce = atOnce > 0 ? atOnce : Runtime.getRuntime().availableProcessors();
        PasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", new PooledArgon2PasswordEncoder(hashesAtOnce),
                "bcrypt", new BCryptPasswordEncoder()));
        return new BoundedPasswordEncoder(encoder, hashesAtOnce, wait);
    }
}
