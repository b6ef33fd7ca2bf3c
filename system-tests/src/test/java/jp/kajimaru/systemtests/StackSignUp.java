package jp.kajimaru.systemtests;

import java.util.UUID;

import jp.kajimaru.testsupport.TestApi;

import static org.assertj.core.api.Assertions.assertThat;

/** A new household through the gateway's sign-up, its admin signed in: the first step of most stack tests. */
final class StackSignUp {

    static final String PASSWORD = "correct horse battery";

    private StackSignUp() {
    }

    /** Signs up a household with a fresh e-mail address ({@code emailPrefix-<uuid>@example.com}); 201 or fail. */
    static TestApi admin(String emailPrefix, String displayName, String householdName) {
        TestApi anonymous = TestApi.at(RunningStack.GATEWAY);
        TestApi.Reply signup = anonymous.post("/api/auth/signup", "{\"email\":\"" + emailPrefix + "-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + displayName
                + "\",\"householdName\":\"" + householdName + "\"}");
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        return anonymous.as(signup.json().get("accessToken").asString());
    }
}
