package jp.kajimaru.user.security;

import jp.kajimaru.testsupport.TestApi;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A freshly signed-up household as its admin sees it; small helpers the session and input tests share. */
final class Family {

    static final String PASSWORD = "correct horse battery";

    final TestApi anon;
    final TestApi.Reply signup;
    final TestApi admin;
    final String email;

    private Family(TestApi anon, String email, TestApi.Reply signup) {
        this.anon = anon;
        this.email = email;
        this.signup = signup;
        this.admin = anon.as(signup.json().get("accessToken").asString());
    }

    static Family signUp(TestApi anon) {
        String email = newEmail();
        TestApi.Reply signup = anon.post("/api/auth/signup", signupBody(email, PASSWORD, "Hana"));
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        return new Family(anon, email, signup);
    }

    static String newEmail() {
        return UUID.randomUUID() + "@example.com";
    }

    static String signupBody(String email, String password, String displayName) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"" + displayName
                + "\",\"householdName\":\"Tanaka\"}";
    }

    static String loginBody(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    static String joinBody(String code, String name, String email, String password) {
        return "{\"code\":\"" + code + "\",\"displayName\":\"" + name + "\",\"email\":\"" + email
                + "\",\"password\":\"" + password + "\"}";
    }

    String memberId() {
        return signup.json().get("memberId").asString();
    }

    String refreshToken() {
        return signup.cookie("KJ_RT").orElseThrow();
    }

    /** A new member with their own login; answers the member's id. */
    String addMemberWithLogin(String name, String role, String email, String password) {
        TestApi.Reply r = admin.post("/api/members", "{\"displayName\":\"" + name + "\",\"role\":\"" + role
                + "\",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    TestApi.Reply login(String email, String password) {
        return anon.post("/api/auth/login", loginBody(email, password));
    }

    TestApi.Reply refresh(String refreshToken) {
        return anon.withCookies("KJ_RT=" + refreshToken).post("/api/auth/refresh", null);
    }

    String inviteCode() {
        TestApi.Reply invite = admin.post("/api/invites", "{}");
        assertThat(invite.status()).as(invite.body()).isEqualTo(201);
        return invite.json().get("code").asString();
    }
}
