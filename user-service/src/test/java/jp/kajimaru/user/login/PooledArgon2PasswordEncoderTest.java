package jp.kajimaru.user.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class PooledArgon2PasswordEncoderTest {

    private final PooledArgon2PasswordEncoder pooled = new PooledArgon2PasswordEncoder(2);
    private final Argon2PasswordEncoder spring = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Test
    void itsHashesAreSpringSecuritysArgon2idHashes() {
        String hash = pooled.encode("かじまる の 合言葉 correct horse");

        assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(spring.matches("かじまる の 合言葉 correct horse", hash)).isTrue();
        assertThat(spring.matches("かじまる の 合言葉 correct hors", hash)).isFalse();
        assertThat(pooled.encode("かじまる の 合言葉 correct horse")).as("a new salt each time").isNotEqualTo(hash);
    }

    @Test
    void itVerifiesTheHashesSpringSecurityMadeBefore() {
        String hash = spring.encode("かじまる の 合言葉 correct horse");

        assertThat(pooled.matches("かじまる の 合言葉 correct horse", hash)).isTrue();
        assertThat(pooled.matches("かじまる の 合言葉 correct horsE", hash)).isFalse();
        assertThat(pooled.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void aHashMadeWithLessMemoryOrFewerPassesVerifiesAndIsMadeAgain() {
        String weaker = new Argon2PasswordEncoder(16, 32, 1, 4096, 2).encode("a long enough passphrase");
        String fewerPasses = new Argon2PasswordEncoder(16, 32, 1, 1 << 14, 1).encode("a long enough passphrase");

        assertThat(pooled.matches("a long enough passphrase", weaker)).isTrue();
        assertThat(pooled.upgradeEncoding(weaker)).isTrue();
        assertThat(pooled.upgradeEncoding(fewerPasses)).isTrue();
        assertThat(pooled.upgradeEncoding(pooled.encode("a long enough passphrase"))).isFalse();
    }

    @Test
    void aMalformedOrForeignHashNeverMatches() {
        String good = pooled.encode("a long enough passphrase");
        List<String> malformed = List.of("", "plain", "$argon2i$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                good.replace("m=16384", "m=x"), good.replace(",t=2", ",t=0"), good.replace(",p=1", ",p=0"),
                good.replace("$v=19", "$v=19$extra"), good.substring(0, good.lastIndexOf('$')),
                good.substring(0, good.lastIndexOf('$') + 1) + "***");

        for (String hash : malformed) {
            assertThat(pooled.matches("a long enough passphrase", hash)).as(hash).isFalse();
            assertThat(pooled.upgradeEncoding(hash)).as(hash).isFalse();
        }
        assertThat(pooled.matches("a long enough passphrase", null)).isFalse();
    }

    @Test
    void hashesRunningAtOnceShareThePoolWithoutMixingTheirBlocks() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> hashes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String password = "passphrase number " + i;
                hashes.add(threads.submit(() -> pooled.encode(password)));
            }
            for (int i = 0; i < 6; i++) {
                assertThat(spring.matches("passphrase number " + i, hashes.get(i).get())).as("hash %d", i).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
