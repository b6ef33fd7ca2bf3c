package jp.kajimaru.user.security;

import java.time.Duration;

import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * user-service limits guessing itself, also when called without the gateway: wrong passwords per e-mail and
 * client address, failed invite joins per client address — and no client can lock anyone else out.
 */
class CredentialLimitsTest extends FamilyApiTest {

    @Test
    void wrongPasswordsStraightToTheServiceGetA429PerEmailAndAddress() {
        TestApi guesser = family.anon.from("203.0.113.7");
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.post("/api/auth/login", Family.loginBody(family.email, "wrong password " + i)).status())
                    .isEqualTo(401);
        }
        TestApi.Reply limited = guesser.post("/api/auth/login", Family.loginBody(family.email, "wrong password 11"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        // Even the right password waits from there, so guessing on is pointless...
        assertThat(guesser.post("/api/auth/login", Family.loginBody(family.email, Family.PASSWORD)).status()).isEqualTo(429);
        // ...while the owner, elsewhere, is not locked out, and nor is another account from the same address.
        assertThat(family.anon.from("198.51.100.9").post("/api/auth/login", Family.loginBody(family.email, Family.PASSWORD))
                .status()).isEqualTo(200);
        String other = Family.newEmail();
        family.anon.post("/api/auth/signup", Family.signupBody(other, Family.PASSWORD, "Ken"));
        assertThat(guesser.post("/api/auth/login", Family.loginBody(other, Family.PASSWORD)).status()).isEqualTo(200);

        TestClock.shared().advance(Duration.ofSeconds(retryAfter));
        assertThat(guesser.post("/api/auth/login", Family.loginBody(family.email, Family.PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void halfASurrogatePairIsAWrongPasswordAtLoginAndRefusedAtSignup() {
        // JSON may escape a lone surrogate; it has no UTF-8 form, so no hash can be made of it.
        String lone = "pass\\ud800word";
        TestApi.Reply login = family.anon.from("198.51.100.40").post("/api/auth/login", Family.loginBody(family.email, lone));
        assertThat(login.status()).isEqualTo(401);
        TestApi.Reply unknown = family.anon.from("198.51.100.41").post("/api/auth/login",
                Family.loginBody(Family.newEmail(), lone));
        assertThat(unknown.status()).isEqualTo(401);
        TestApi.Reply signup = family.anon.from("198.51.100.42").post("/api/auth/signup",
                Family.signupBody(Family.newEmail(), "long enough \\udc00 password", "Ken"));
        assertThat(signup.status()).isEqualTo(400);
        assertThat(signup.body()).contains("password");
    }

    @Test
    void oneClientsWrongInviteCodesDoNotBlockOtherClients() {
        String code = family.inviteCode();
        TestApi guesser = family.anon.from("2001:db8:1:2::17");
        int wrong = 0;
        TestApi.Reply reply;
        do {
            String guess = String.format("%08d", (Integer.parseInt(code) + 1 + wrong) % 100_000_000);
            reply = guesser.post("/api/invites/join", Family.joinBody(guess, "Guesser" + wrong, Family.newEmail(),
                    Family.PASSWORD));
            wrong++;
        } while (reply.status() == 400 && wrong < 400);
        assertThat(reply.status()).as("after %d wrong codes", wrong).isEqualTo(429);
        assertThat(wrong).isLessThanOrEqualTo(21);
        assertThat(reply.raw().headers().firstValue("Retry-After")).isPresent();
        // The same network (another address in its /64) is the same client.
        assertThat(family.anon.from("2001:db8:1:2::99").post("/api/invites/join",
                Family.joinBody(code, "Late", Family.newEmail(), Family.PASSWORD)).status()).isEqualTo(429);

        // Anyone else still joins with the right code: the guesser locked out only themselves.
        TestApi.Reply joined = family.anon.from("198.51.100.23").post("/api/invites/join",
                Family.joinBody(code, "Yuki", Family.newEmail(), Family.PASSWORD));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
    }
}
