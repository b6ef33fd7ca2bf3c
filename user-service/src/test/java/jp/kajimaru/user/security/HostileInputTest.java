package jp.kajimaru.user.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Input that is legal JSON but outside what the product means: always a 400 field error, never a 500. */
class HostileInputTest extends FamilyApiTest {

    /** 25 characters, 75 bytes in UTF-8: beyond BCrypt's 72-byte limit. */
    static final String PASSPHRASE = "やまのうえでおちゃをのみながらかぞくとすごしたいな";
    /** Lower-cases to 52 characters ("i" + combining dot above, each). */
    static final String DOTTED = "İ".repeat(26);

    @Test
    void namesThatGrowWhenLowerCasedAreRejectedEverywhere() {
        TestApi admin = family.admin;
        assertFieldError(admin.post("/api/members", "{\"displayName\":\"" + DOTTED + "\",\"role\":\"CHILD\"}"), "displayName");
        assertFieldError(admin.patch("/api/members/" + family.memberId(), "{\"displayName\":\"" + DOTTED + "\"}"),
                "displayName");
        assertFieldError(family.anon.post("/api/auth/signup", Family.signupBody(Family.newEmail(), Family.PASSWORD, DOTTED)),
                "displayName");
        assertFieldError(family.anon.post("/api/invites/join",
                Family.joinBody(family.inviteCode(), DOTTED, Family.newEmail(), Family.PASSWORD)), "displayName");
        assertFieldError(admin.patch("/api/members/" + family.memberId(), "{\"displayName\":\"   \"}"), "displayName");

        // 25 of them fit (50 after lower-casing), and the name stays unique case-insensitively.
        String fits = "İ".repeat(25);
        assertThat(admin.post("/api/members", "{\"displayName\":\"" + fits + "\",\"role\":\"CHILD\"}").status()).isEqualTo(201);
        assertThat(admin.post("/api/members", "{\"displayName\":\"" + fits + "\",\"role\":\"CHILD\"}").status()).isEqualTo(409);
    }

    @Test
    void emailsThatGrowWhenLowerCasedAreRejected() {
        String domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(57) + ".com";
        String email = "İ".repeat(64) + "@" + domain;
        assertThat(email.length()).isEqualTo(254);
        assertFieldError(family.anon.post("/api/auth/signup", Family.signupBody(email, Family.PASSWORD, "Ken")), "email");
        assertFieldError(family.admin.post("/api/members", "{\"displayName\":\"Ken\",\"role\":\"MEMBER\",\"email\":\""
                + email + "\",\"password\":\"" + Family.PASSWORD + "\"}"), "email");
        assertFieldError(family.anon.post("/api/invites/join",
                Family.joinBody(family.inviteCode(), "Ken", email, Family.PASSWORD)), "email");
    }

    @Test
    void busyRangesOutsideWhatTheProductMeansAreRejected() {
        Instant now = TestClock.shared().instant();
        String me = "/api/members/" + family.memberId() + "/busy";
        for (String body : List.of(
                "{\"until\":\"+10000-01-01T00:00:00Z\"}",
                "{\"until\":1e15}",
                "{\"from\":-1e15}",
                "{\"from\":\"-999999999-01-01T00:00:00Z\"}",
                "{\"from\":\"" + now.plus(Duration.ofDays(5 * 366)) + "\"}",
                "{\"until\":\"" + now.plus(Duration.ofDays(5 * 366)) + "\"}",
                "{\"from\":\"" + now.minus(Duration.ofDays(3 * 366)) + "\",\"until\":\"" + now.plus(Duration.ofDays(1)) + "\"}",
                "{\"from\":\"" + now.plus(Duration.ofDays(2)) + "\",\"until\":\"" + now.plus(Duration.ofDays(2)) + "\"}")) {
            TestApi.Reply r = family.admin.put(me, body);
            assertThat(r.status()).as(body + " -> " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(body).contains("\"errors\"");
        }
        TestApi.Reply holiday = family.admin.put(me, "{\"from\":\"" + now.plus(Duration.ofDays(1)) + "\",\"until\":\""
                + now.plus(Duration.ofDays(365)) + "\"}");
        assertThat(holiday.status()).as(holiday.body()).isEqualTo(200);
    }

    @Test
    void householdNumbersOutsideTheirMeaningAreRejected() {
        for (String body : List.of(
                "{\"latitude\":90.5}", "{\"longitude\":-180.01}", "{\"latitude\":1E-100000}", "{\"longitude\":1E-100000}",
                "{\"latitude\":1e400}", "{\"latitude\":\"NaN\"}", "{\"longitude\":\"Infinity\"}",
                "{\"idleTimeoutMinutes\":0}", "{\"idleTimeoutMinutes\":241}", "{\"idleTimeoutMinutes\":1e15}",
                "{\"name\":\"   \"}", "{\"locationLabel\":\" \"}")) {
            TestApi.Reply r = family.admin.patch("/api/households/current", body);
            assertThat(r.status()).as(body + " -> " + r.body()).isEqualTo(400);
        }
        TestApi.Reply precise = family.admin.patch("/api/households/current", "{\"latitude\":35.6895123456,\"longitude\":-0.1}");
        assertThat(precise.status()).as(precise.body()).isEqualTo(200);
        assertThat(precise.json().get("latitude").decimalValue()).isEqualByComparingTo("35.68951");
    }

    @Test
    void aLongJapanesePassphraseWorksForSignUpLoginMembersAndInvites() {
        String email = Family.newEmail();
        TestApi.Reply signup = family.anon.post("/api/auth/signup", Family.signupBody(email, PASSPHRASE, "Ken"));
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        assertThat(family.login(email, PASSPHRASE).status()).isEqualTo(200);
        assertThat(family.login(email, PASSPHRASE.substring(1)).status()).isEqualTo(401);

        String member = Family.newEmail();
        family.addMemberWithLogin("Mio", "MEMBER", member, PASSPHRASE);
        assertThat(family.login(member, PASSPHRASE).status()).isEqualTo(200);

        String joiner = Family.newEmail();
        TestApi.Reply joined = family.anon.post("/api/invites/join", Family.joinBody(family.inviteCode(), "Yuki", joiner, PASSPHRASE));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        assertThat(family.login(joiner, PASSPHRASE).status()).isEqualTo(200);

        String tooLong = "a1".repeat(129);
        assertFieldError(family.anon.post("/api/auth/signup", Family.signupBody(Family.newEmail(), tooLong, "Ken")), "password");
        assertThat(family.login(email, tooLong).status()).isIn(400, 401);
    }

    @Test
    void anOldBcryptHashStillLogsInAndIsUpgraded() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(Family.PASSWORD);
        jdbc.update("UPDATE users SET password_hash = ? WHERE email = ?", bcrypt, family.email);

        assertThat(family.login(family.email, Family.PASSWORD).status()).isEqualTo(200);
        String upgraded = jdbc.queryForObject("SELECT password_hash FROM users WHERE email = ?", String.class, family.email);
        assertThat(upgraded).startsWith("{argon2}");
        assertThat(family.login(family.email, Family.PASSWORD).status()).isEqualTo(200);
        assertThat(family.login(family.email, "wrong password!!").status()).isEqualTo(401);
        // A passphrase longer than BCrypt takes, against a bcrypt hash: simply wrong, not a 500.
        jdbc.update("UPDATE users SET password_hash = ? WHERE email = ?", bcrypt, family.email);
        assertThat(family.login(family.email, PASSPHRASE).status()).isEqualTo(401);
    }

    private static void assertFieldError(TestApi.Reply r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"" + field + "\"");
    }
}
