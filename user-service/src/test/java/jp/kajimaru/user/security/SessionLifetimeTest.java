package jp.kajimaru.user.security;

import java.time.Duration;

import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long sessions live: refresh-token expiry is not theft, and a shared-device session ends when idle. */
class SessionLifetimeTest extends FamilyApiTest {

    final TestClock clock = TestClock.shared();

    @Test
    void anExpiredRefreshTokenFailsAloneAndEndsNoOtherSession() {
        String old = family.refreshToken();
        clock.advance(Duration.ofDays(29));
        TestApi.Reply later = family.login(family.email, Family.PASSWORD);
        assertThat(later.status()).isEqualTo(200);
        String fresh = later.cookie("KJ_RT").orElseThrow();

        clock.advance(Duration.ofDays(2));
        assertThat(family.refresh(old).status()).isEqualTo(401);
        // Expiry is not a replay: the user's other session lives on.
        assertThat(family.refresh(fresh).status()).isEqualTo(200);
    }

    @Test
    void aReplayedRefreshTokenStillEndsEverySession() {
        String first = family.refreshToken();
        TestApi.Reply other = family.login(family.email, Family.PASSWORD);
        String second = other.cookie("KJ_RT").orElseThrow();
        assertThat(family.refresh(first).status()).isEqualTo(200);

        assertThat(family.refresh(first).status()).isEqualTo(401);
        assertThat(family.refresh(second).status()).isEqualTo(401);
    }

    @Test
    void aSharedDeviceMemberSessionEndsAfterTheHouseholdsIdleTimeout() {
        TestApi admin = family.admin;
        assertThat(admin.patch("/api/households/current", "{\"idleTimeoutMinutes\":5}").status()).isEqualTo(200);
        String kid = admin.post("/api/members", "{\"displayName\":\"Taro\",\"role\":\"CHILD\"}").json().get("id").asString();
        assertThat(admin.post("/api/members/" + kid + "/pin", "{\"pin\":\"1234\"}").status()).isEqualTo(204);
        TestApi.Reply registered = admin.post("/api/devices", "{\"name\":\"Kitchen tablet\"}");
        TestApi device = family.anon.withCookies("KJ_DEV=" + registered.cookie("KJ_DEV").orElseThrow());

        TestApi.Reply session = device.post("/api/devices/current/sessions", "{\"memberId\":\"" + kid + "\",\"pin\":\"1234\"}");
        assertThat(session.status()).isEqualTo(200);
        // Short access tokens: the server sees a member who is using the board at least every minute.
        assertThat(session.json().get("expiresIn").asLong()).isEqualTo(60);
        TestApi taro = family.anon.as(session.json().get("accessToken").asString());

        // Each use keeps the session alive for another idle timeout...
        clock.advance(Duration.ofMinutes(4));
        TestApi.Reply kept = family.refresh(session.cookie("KJ_RT").orElseThrow());
        assertThat(kept.status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(5).plusSeconds(59));
        TestApi.Reply keptAgain = family.refresh(kept.cookie("KJ_RT").orElseThrow());
        assertThat(keptAgain.status()).isEqualTo(200);
        TestApi taroNow = family.anon.as(keptAgain.json().get("accessToken").asString());
        assertThat(taroNow.get("/api/auth/me").status()).isEqualTo(200);

        // ...and left alone longer than that (plus the access token's minute), it is over on the server,
        // whatever the browser does.
        clock.advance(Duration.ofMinutes(6).plusSeconds(1));
        assertThat(family.refresh(keptAgain.cookie("KJ_RT").orElseThrow()).status()).isEqualTo(401);
        assertThat(taroNow.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(taro.get("/api/auth/me").status()).isEqualTo(401);

        // The admin's own (personal) session is not a device session and lives on.
        assertThat(family.refresh(family.refreshToken()).status()).isEqualTo(200);
    }
}
