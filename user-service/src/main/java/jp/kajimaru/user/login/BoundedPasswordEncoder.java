package jp.kajimaru.user.login;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jp.kajimaru.domain.BusyException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most {@code concurrency} password hashes at once; the others wait their turn (fairly) up to {@code wait}, then
 * get a 503. Each Argon2id hash takes 16 MiB and a core for tens of milliseconds: 100 sign-ups at once (issue #14)
 * allocated far more than the 320 MiB heap and the service spent 73 % of a core collecting garbage, while running more
 * hashes than there are cores finishes none of them sooner.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final Duration wait;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrency, Duration wait) {
        this.delegate = delegate;
        this.permits = new Semaphore(concurrency, true);
        this.wait = wait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hash) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("Too many sign-ins at once; please try again in a moment.");
        }
        if (!acquired) {
            throw new BusyException("Too many sign-ins at once; please try again in a moment.");
        }
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }
}
