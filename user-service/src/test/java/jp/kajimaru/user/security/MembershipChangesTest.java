package jp.kajimaru.user.security;

import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Removing or demoting a member takes effect at once: logins, sessions and tokens follow the current state. */
class MembershipChangesTest extends FamilyApiTest {

    static final String PW = "another long password";

    @Test
    void removingAMemberFreesTheirEmailForSignUpAndInvites() {
        String email = Family.newEmail();
        String member = family.addMemberWithLogin("Ken", "MEMBER", email, PW);
        TestApi.Reply login = family.login(email, PW);
        assertThat(login.status()).isEqualTo(200);
        String refresh = login.cookie("KJ_RT").orElseThrow();

        assertThat(family.admin.delete("/api/members/" + member).status()).isEqualTo(204);

        assertThat(family.refresh(refresh).status()).isEqualTo(401);
        assertThat(family.login(email, PW).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE email = ?", Integer.class, email)).isZero();
        TestApi.Reply again = family.anon.post("/api/auth/signup", Family.signupBody(email, PW, "Ken"));
        assertThat(again.status()).as(again.body()).isEqualTo(201);

        String other = Family.newEmail();
        String second = family.addMemberWithLogin("Mio", "MEMBER", other, PW);
        assertThat(family.admin.delete("/api/members/" + second).status()).isEqualTo(204);
        TestApi.Reply joined = family.anon.post("/api/invites/join", Family.joinBody(family.inviteCode(), "Mio", other, PW));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        assertThat(family.login(other, PW).status()).isEqualTo(200);
    }

    @Test
    void aDemotedAdminLosesAdminPowersAtOnceAndTheirSessions() {
        String email = Family.newEmail();
        String second = family.addMemberWithLogin("Ken", "ADMIN", email, PW);
        TestApi.Reply login = family.login(email, PW);
        TestApi ken = family.anon.as(login.json().get("accessToken").asString());
        assertThat(ken.post("/api/invites", "{}").status()).isEqualTo(201);

        assertThat(family.admin.patch("/api/members/" + second, "{\"role\":\"MEMBER\"}").status()).isEqualTo(200);

        // The access token still says ADMIN; the service goes by what the member is now.
        assertThat(ken.post("/api/members", "{\"displayName\":\"Boss\",\"role\":\"ADMIN\"}").status()).isEqualTo(403);
        assertThat(ken.post("/api/invites", "{}").status()).isEqualTo(403);
        assertThat(ken.get("/api/invites").status()).isEqualTo(403);
        assertThat(ken.patch("/api/households/current", "{\"name\":\"Mine\"}").status()).isEqualTo(403);
        assertThat(ken.post("/api/devices", "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(ken.delete("/api/members/" + family.memberId()).status()).isEqualTo(403);
        assertThat(ken.get("/api/members").status()).isEqualTo(200);
        assertThat(ken.get("/api/auth/me").json().get("role").asString()).isEqualTo("MEMBER");
        assertThat(family.admin.get("/api/members").body()).doesNotContain("Boss");
        // Their refresh sessions are revoked, so no new token can carry the old role either.
        TestApi.Reply again = family.login(email, PW);
        assertThat(again.json().get("role").asString()).isEqualTo("MEMBER");
        assertThat(family.refresh(login.cookie("KJ_RT").orElseThrow()).status()).isEqualTo(401);
        // A revoked token is not a replayed one: the session opened since lives on.
        assertThat(family.refresh(again.cookie("KJ_RT").orElseThrow()).status()).isEqualTo(200);
    }

    @Test
    void aRemovedMembersAccessTokenIsRefusedAtOnce() {
        String email = Family.newEmail();
        String gone = family.addMemberWithLogin("Ken", "ADMIN", email, PW);
        TestApi ken = family.anon.as(family.login(email, PW).json().get("accessToken").asString());

        assertThat(family.admin.delete("/api/members/" + gone).status()).isEqualTo(204);

        assertThat(ken.post("/api/members", "{\"displayName\":\"Boss\",\"role\":\"ADMIN\"}").status()).isEqualTo(401);
        assertThat(ken.get("/api/members").status()).isEqualTo(401);
        assertThat(ken.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(ken.put("/api/members/" + gone + "/busy", "{}").status()).isEqualTo(401);
        // A public endpoint still works for the person behind a stale token (the gateway forwards the cookie).
        assertThat(ken.post("/api/auth/signup", Family.signupBody(email, PW, "Ken")).status()).isEqualTo(201);
        assertThat(family.admin.get("/api/members").body()).doesNotContain("Boss");
    }
}
