package jp.kajimaru.user.account;

import java.time.Clock;
import java.time.Duration;

import jp.kajimaru.user.login.UserAccounts;
import jp.kajimaru.user.throttle.KeyedLimits;
import jp.kajimaru.web.problem.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords are limited here too, not only at the gateway (user-service may be reached directly): 10
 * failures per e-mail address and client in 15 minutes, then that pair waits — even with the right password.
 * Keyed by both, so a guesser neither locks the owner out (other addresses) nor other accounts (other e-mails).
 */
@Component
class LoginLimits {

    private final KeyedLimits failures;
    private final Clock clock;

    LoginLimits(Clock clock, @Value("${kajimaru.auth.max-failed-logins:10}") int maxFailures,
                @Value("${kajimaru.auth.failed-login-window:15m}") Duration window) {
        this.failures = new KeyedLimits(maxFailures, window, 100_000);
        this.clock = clock;
    }

    void check(String email, String client) {
        failures.waitBefore(key(email, client), clock.instant()).ifPresent(wait -> {
            throw new TooManyRequestsException("Too many wrong passwords; try again later.", wait);
        });
    }

    void failed(String email, String client) {
        failures.record(key(email, client), clock.instant());
    }

    private static String key(String email, String client) {
        return UserAccounts.normalize(email) + "|" + client;
    }
}
