package jp.kajimaru.user.security;

import java.util.List;
import java.util.Locale;

import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member moves their own login to another e-mail address with the current password: the address is normalised as at
 * sign-up, announced as MemberUpdated.email through the outbox (ADR 0014), and from then on only the new address logs
 * in. A wrong password, a taken or malformed address change nothing; a child or a shared device's session cannot.
 */
class EmailChangeTest extends FamilyApiTest {

    private final EventJson json = new EventJson();

    @Test
    void theNewAddressIsNormalisedAnnouncedAndLogsInWhileTheOldOneNoLongerDoes() {
        String typed = "New." + Family.newEmail().toUpperCase(Locale.ROOT);
        String stored = typed.toLowerCase(Locale.ROOT);

        TestApi.Reply changed = family.admin.put("/api/auth/email", body(typed, Family.PASSWORD));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("email").asString()).isEqualTo(stored);
        List<MemberUpdated> updates = updatesOf(family.memberId());
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).email()).isEqualTo(stored);
        assertThat(updates.get(0).displayName()).isEqualTo("Hana");
        assertThat(family.admin.get("/api/auth/me").json().get("email").asString()).isEqualTo(stored);
        assertThat(family.login(typed, Family.PASSWORD).status()).isEqualTo(200);
        assertThat(family.login(family.email, Family.PASSWORD).status()).isEqualTo(401);
        // The old address is free again: someone else may sign up with it.
        assertThat(family.anon.post("/api/auth/signup", Family.signupBody(family.email, Family.PASSWORD, "Ken")).status())
                .isEqualTo(201);
    }

    @Test
    void aWrongPasswordChangesNothingAndIsAFieldError() {
        TestApi.Reply wrong = family.admin.put("/api/auth/email", body(Family.newEmail(), "not my password at all"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(wrong.json().get("errors").get(0).get("code").asString()).isEqualTo("password.wrong");
        assertThat(updatesOf(family.memberId())).isEmpty();
        assertThat(family.login(family.email, Family.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsAreLimitedLikeLogins() {
        TestApi guesser = family.admin.from("203.0.113.77");
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.put("/api/auth/email", body(Family.newEmail(), "wrong password " + i)).status())
                    .isEqualTo(400);
        }
        TestApi.Reply limited = guesser.put("/api/auth/email", body(Family.newEmail(), Family.PASSWORD));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(updatesOf(family.memberId())).isEmpty();
    }

    @Test
    void aTakenSameOrMalformedAddressIsRefusedWithTheField() {
        String other = Family.newEmail();
        family.addMemberWithLogin("Ken", "MEMBER", other, "another long password");

        TestApi.Reply taken = family.admin.put("/api/auth/email", body(other.toUpperCase(Locale.ROOT), Family.PASSWORD));
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.json().has("errors")).as(taken.body()).isTrue();
        assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
        TestApi.Reply same = family.admin.put("/api/auth/email", body(family.email, Family.PASSWORD));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("errors").get(0).get("code").asString()).isEqualTo("email.unchanged");
        TestApi.Reply malformed = family.admin.put("/api/auth/email", body("not an address", Family.PASSWORD));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("email");

        assertThat(updatesOf(family.memberId())).isEmpty();
        assertThat(family.login(family.email, Family.PASSWORD).status()).isEqualTo(200);
        assertThat(family.login(other, "another long password").status()).isEqualTo(200);
    }

    @Test
    void neitherAChildNorASharedDeviceSessionMayChangeIt() {
        String childEmail = Family.newEmail();
        String child = family.addMemberWithLogin("Taro", "CHILD", childEmail, "a child's long password");
        TestApi taro = family.anon.as(family.login(childEmail, "a child's long password").json().get("accessToken").asString());
        assertThat(taro.put("/api/auth/email", body(Family.newEmail(), "a child's long password")).status()).isEqualTo(403);

        assertThat(family.admin.post("/api/members/" + family.memberId() + "/pin", "{\"pin\":\"1234\"}").status())
                .isEqualTo(204);
        TestApi.Reply registered = family.admin.post("/api/devices", "{\"name\":\"Kitchen tablet\"}");
        TestApi device = family.anon.withCookies("KJ_DEV=" + registered.cookie("KJ_DEV").orElseThrow());
        TestApi.Reply session = device.post("/api/devices/current/sessions", AccountFlowsTest.pin(family.memberId(), "1234"));
        assertThat(session.status()).as(session.body()).isEqualTo(200);
        TestApi adminOnDevice = family.anon.as(session.json().get("accessToken").asString());
        assertThat(adminOnDevice.get("/api/auth/me").json().get("email").isNull()).isTrue();
        assertThat(adminOnDevice.put("/api/auth/email", body(Family.newEmail(), Family.PASSWORD)).status()).isEqualTo(403);

        assertThat(updatesOf(child)).isEmpty();
        assertThat(updatesOf(family.memberId())).isEmpty();
        assertThat(family.login(childEmail, "a child's long password").status()).isEqualTo(200);
        assertThat(family.login(family.email, Family.PASSWORD).status()).isEqualTo(200);
    }

    private static String body(String email, String password) {
        return "{\"email\":\"" + email + "\",\"currentPassword\":\"" + password + "\"}";
    }

    private List<MemberUpdated> updatesOf(String memberId) {
        return jdbc.queryForList("SELECT payload FROM outbox WHERE event_type = 'MemberUpdated' AND aggregate_id = ? "
                + "ORDER BY seq", String.class, memberId).stream().map(p -> json.read(p, MemberUpdated.class)).toList();
    }
}
