package jp.kajimaru.user.security;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions, invite codes, PINs and the shared device, through user-service's HTTP API on real infrastructure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kajimaru.invites.max-failed-joins-per-address-per-hour=5")
@RealInfrastructure
class AccountFlowsTest {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    TestApi anon;
    TestApi.Reply signup;
    TestApi admin;

    @BeforeEach
    void family() {
        anon = TestApi.onLocalPort(port);
        signup = anon.post("/api/auth/signup", "{\"email\":\"" + UUID.randomUUID() + "@example.com\",\"password\":\""
                + PASSWORD + "\",\"displayName\":\"Hana\",\"householdName\":\"Tanaka\"}");
        assertThat(signup.status()).isEqualTo(201);
        admin = anon.as(signup.json().get("accessToken").asString());
    }

    @Test
    void refreshRotatesAndLogoutRevokesAndAReplayEndsEverySession() {
        String first = signup.cookie("KJ_RT").orElseThrow();
        TestApi.Reply refreshed = anon.withCookies("KJ_RT=" + first).post("/api/auth/refresh", null);
        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshed.cookie("KJ_RT").orElseThrow();
        assertThat(second).isNotEqualTo(first);

        // The used token again: treated as stolen, so the fresh one dies too.
        assertThat(anon.withCookies("KJ_RT=" + first).post("/api/auth/refresh", null).status()).isEqualTo(401);
        assertThat(anon.withCookies("KJ_RT=" + second).post("/api/auth/refresh", null).status()).isEqualTo(401);

        String email = UUID.randomUUID() + "@example.com";
        anon.post("/api/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"Ken\",\"householdName\":\"Sato\"}");
        TestApi.Reply login = anon.post("/api/auth/login", "{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(login.status()).isEqualTo(200);
        String rt = login.cookie("KJ_RT").orElseThrow();
        TestApi ken = anon.as(login.json().get("accessToken").asString()).withCookies("KJ_RT=" + rt);
        assertThat(ken.get("/api/auth/sessions").json().findValuesAsString("current")).contains("true");
        assertThat(ken.post("/api/auth/logout", null).status()).isEqualTo(204);
        assertThat(anon.withCookies("KJ_RT=" + rt).post("/api/auth/refresh", null).status()).isEqualTo(401);

        assertThat(anon.post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"wrong password!!\"}").status())
                .isEqualTo(401);
    }

    @Test
    void inviteCodesJoinOnceAndWrongGuessesAreThrottled() {
        TestApi.Reply invite = admin.post("/api/invites", "{\"maxUses\":1}");
        assertThat(invite.status()).isEqualTo(201);
        String code = invite.json().get("code").asString();
        assertThat(code).matches("\\d{8}");

        TestApi.Reply joined = anon.post("/api/invites/join", join(code, "Yuki"));
        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.json().get("householdId").asString()).isEqualTo(signup.json().get("householdId").asString());
        assertThat(admin.get("/api/members").body()).contains("Yuki");

        TestApi.Reply again = anon.post("/api/invites/join", join(code, "Yuki2"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"code\"");

        String fresh = admin.post("/api/invites", "{}").json().get("code").asString();
        for (int i = 0; i < 5; i++) {
            String guess = String.format("%08d", (Integer.parseInt(fresh) + 1 + i) % 100_000_000);
            anon.post("/api/invites/join", join(guess, "Guesser" + i));
        }
        // The limit is reached: even the right code waits, which is what makes guessing pointless.
        TestApi.Reply throttled = anon.post("/api/invites/join", join(fresh, "Late"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.raw().headers().firstValue("Retry-After")).isPresent();
        // Only for that client: someone else joins with the right code.
        assertThat(anon.from("198.51.100.40").post("/api/invites/join", join(fresh, "Other")).status()).isEqualTo(201);

        String id = invite.json().get("id").asString();
        assertThat(admin.delete("/api/invites/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/invites").body()).contains("\"revokedAt\":\"");
    }

    @Test
    void sharedDeviceBoardPinLoginLockAndAdminReset() {
        String child = admin.post("/api/members", "{\"displayName\":\"Taro\",\"role\":\"CHILD\",\"avatar\":\"boy\"}")
                .json().get("id").asString();
        assertThat(admin.post("/api/members", "{\"displayName\":\"taro\",\"role\":\"CHILD\"}").status()).isEqualTo(409);
        assertThat(admin.post("/api/members/" + child + "/pin", "{\"pin\":\"1234\"}").status()).isEqualTo(204);
        assertThat(admin.post("/api/members/" + child + "/pin", "{\"pin\":\"12a4\"}").status()).isEqualTo(400);

        TestApi.Reply registered = admin.post("/api/devices", "{\"name\":\"Kitchen tablet\"}");
        assertThat(registered.status()).isEqualTo(201);
        TestApi device = anon.withCookies("KJ_DEV=" + registered.cookie("KJ_DEV").orElseThrow());
        assertThat(anon.get("/api/devices/current/board").status()).isEqualTo(401);
        TestApi.Reply board = device.get("/api/devices/current/board");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("Taro", "Hana").doesNotContain("pin_hash").doesNotContain("$2");

        TestApi.Reply session = device.post("/api/devices/current/sessions", pin(child, "1234"));
        assertThat(session.status()).isEqualTo(200);
        TestApi taro = anon.as(session.json().get("accessToken").asString());
        assertThat(taro.get("/api/auth/me").json().get("onDevice").asBoolean()).isTrue();
        assertThat(taro.get("/api/auth/me").json().get("displayName").asString()).isEqualTo("Taro");
        assertThat(taro.post("/api/invites", "{}").status()).isEqualTo(403);

        for (int i = 1; i <= 4; i++) {
            TestApi.Reply wrong = device.post("/api/devices/current/sessions", pin(child, "0000"));
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body()).contains("pin.wrong");
        }
        TestApi.Reply fifth = device.post("/api/devices/current/sessions", pin(child, "0000"));
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.body()).contains("lockedUntil");
        assertThat(device.post("/api/devices/current/sessions", pin(child, "1234")).status()).isEqualTo(423);
        assertThat(device.get("/api/devices/current/board").body()).contains("\"locked\":true");

        assertThat(admin.post("/api/members/" + child + "/pin", "{\"pin\":\"4321\"}").status()).isEqualTo(204);
        assertThat(device.post("/api/devices/current/sessions", pin(child, "4321")).status()).isEqualTo(200);

        String deviceId = registered.json().get("id").asString();
        assertThat(admin.delete("/api/devices/" + deviceId).status()).isEqualTo(204);
        assertThat(device.get("/api/devices/current/board").status()).isEqualTo(401);
    }

    @Test
    void busyPeriodsAndMemberChangesAreAnnouncedThroughTheOutbox() {
        String me = signup.json().get("memberId").asString();
        Instant now = TestClock.shared().instant();
        TestApi.Reply busy = admin.put("/api/members/" + me + "/busy", "{\"until\":\"" + now.plus(Duration.ofDays(30)) + "\"}");
        assertThat(busy.status()).isEqualTo(200);
        assertThat(busy.json().get("busy").asBoolean()).isTrue();
        assertThat(admin.put("/api/members/" + me + "/busy", "{\"from\":\"" + now.plus(Duration.ofDays(31))
                + "\",\"until\":\"" + now.plus(Duration.ofDays(30)) + "\"}").status()).isEqualTo(400);
        assertThat(admin.delete("/api/members/" + me + "/busy").json().get("busy").asBoolean()).isFalse();
        String kid = admin.post("/api/members", "{\"displayName\":\"Mio\",\"role\":\"CHILD\"}").json().get("id").asString();
        admin.patch("/api/members/" + kid, "{\"nickname\":\"みおちゃん\"}");
        admin.delete("/api/members/" + kid);
        assertThat(admin.delete("/api/members/" + me).status()).isEqualTo(409);

        assertThat(jdbc.queryForList("SELECT event_type FROM outbox WHERE household_id = ? ORDER BY seq", String.class,
                signup.json().get("householdId").asString()))
                .containsExactly("HouseholdCreated", "MemberJoined", "MemberBusyChanged", "MemberBusyChanged",
                        "MemberJoined", "MemberUpdated", "MemberRemoved");
    }

    static String join(String code, String name) {
        return "{\"code\":\"" + code + "\",\"displayName\":\"" + name + "\",\"email\":\"" + UUID.randomUUID()
                + "@example.com\",\"password\":\"" + PASSWORD + "\"}";
    }

    static String pin(String member, String pin) {
        return "{\"memberId\":\"" + member + "\",\"pin\":\"" + pin + "\"}";
    }
}
