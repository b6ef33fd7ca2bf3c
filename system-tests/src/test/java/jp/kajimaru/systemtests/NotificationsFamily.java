package jp.kajimaru.systemtests;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.testsupport.TestApi;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A household made over the gateway's API for the notification tests: an admin (from sign-up) and a member with an
 * own login, both with e-mail addresses, and "today" as the stack's clock sees it in the household's zone.
 */
record NotificationsFamily(String adminEmail, String adminToken, String adminId, String memberEmail, String memberToken,
                           String memberId, LocalDate today) {

    static final String PASSWORD = "correct horse battery";
    static final Duration WAIT = Duration.ofSeconds(90);

    static NotificationsFamily create(String householdName, String adminName, String memberName) {
        String adminEmail = "notif-" + UUID.randomUUID() + "@example.jp";
        TestApi.Reply signup = TestApi.at(RunningStack.GATEWAY).post("/api/auth/signup", "{\"email\":\"" + adminEmail
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + adminName + "\",\"householdName\":\""
                + householdName + "\"}");
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        String adminToken = signup.json().get("accessToken").asString();
        String memberEmail = "notif-" + UUID.randomUUID() + "@example.jp";
        TestApi.Reply added = TestApi.at(RunningStack.GATEWAY).as(adminToken).post("/api/members", "{\"displayName\":\""
                + memberName + "\",\"role\":\"MEMBER\",\"email\":\"" + memberEmail + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        TestApi.Reply login = TestApi.at(RunningStack.GATEWAY).post("/api/auth/login", "{\"email\":\"" + memberEmail
                + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        // "Today" is the stack's (its clock starts on a fixed Monday), in the household's zone: the dashboard says which.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> TestApi.at(RunningStack.GATEWAY).as(adminToken).get("/api/dashboard").status() == 200);
        LocalDate today = LocalDate.parse(TestApi.at(RunningStack.GATEWAY).as(adminToken).get("/api/dashboard").json()
                .get("today").asString());
        return new NotificationsFamily(adminEmail, adminToken, signup.json().get("memberId").asString(), memberEmail,
                login.json().get("accessToken").asString(), added.json().get("id").asString(), today);
    }

    TestApi asAdmin() {
        return TestApi.at(RunningStack.GATEWAY).as(adminToken);
    }

    TestApi as(String memberId) {
        return TestApi.at(RunningStack.GATEWAY).as(memberId.equals(adminId) ? adminToken : memberToken);
    }

    String emailOf(String memberId) {
        return memberId.equals(adminId) ? adminEmail : memberEmail;
    }

    /**
     * A one-off task today ("do it today") for the household's first chore, which rotation-service assigns and announces
     * with TaskAssigned; handed to {@code assigneeId} by the admin if the planner chose the other one.
     */
    JsonNode taskToday(String assigneeId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> asAdmin().get("/api/chores").json().size() > 0);
        String chore = asAdmin().get("/api/chores").json().get(0).get("id").asString();
        TestApi.Reply task = asAdmin().post("/api/tasks", "{\"choreId\":\"" + chore + "\",\"date\":\"" + today + "\"}");
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        JsonNode view = task.json();
        if (assigneeId == null || assigneeId.equals(view.get("assigneeMemberId").asString())) {
            return view;
        }
        TestApi.Reply handed = asAdmin().post("/api/tasks/" + view.get("id").asString() + "/assignee",
                "{\"memberId\":\"" + assigneeId + "\"}");
        assertThat(handed.status()).as(handed.body()).isEqualTo(200);
        return handed.json();
    }
}
