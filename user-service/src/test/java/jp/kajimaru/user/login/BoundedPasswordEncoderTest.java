package jp.kajimaru.user.login;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jp.kajimaru.domain.BusyException;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPasswordEncoderTest {

    /** Argon2id that holds every hash until released, counting how many run at once. */
    private static final class HeldEncoder implements PasswordEncoder {
        final PasswordEncoder real = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(30, TimeUnit.SECONDS);
                return real.encode(raw);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return real.matches(raw, encoded);
        }
    }

    @Test
    void noMoreHashesRunAtOnceThanAllowedAndTheRestWaitTheirTurn() throws Exception {
        HeldEncoder held = new HeldEncoder();
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(held, 2, Duration.ofSeconds(30));
        CompletableFuture<?>[] hashes = new CompletableFuture<?>[6];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = CompletableFuture.supplyAsync(() -> bounded.encode("correct horse battery staple"));
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> held.running.get() == 2);

        held.release.countDown();
        CompletableFuture.allOf(hashes).get(60, TimeUnit.SECONDS);

        assertThat(held.most.get()).isEqualTo(2);
        assertThat(bounded.matches("correct horse battery staple", (String) hashes[5].get())).isTrue();
    }

    @Test
    void aHashThatCannotStartInTimeIsRefusedAsBusy() throws Exception {
        HeldEncoder held = new HeldEncoder();
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(held, 1, Duration.ofMillis(100));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> bounded.encode("first passphrase here"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> held.running.get() == 1);

        assertThatThrownBy(() -> bounded.encode("second passphrase here")).isInstanceOf(BusyException.class);

        held.release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).startsWith("$argon2id$");
    }
}
