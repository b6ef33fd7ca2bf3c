package jp.kajimaru.rotation.roster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Household A's admin token against every rotation endpoint that takes an id, with household B's ids. */
class RotationIsolationTest extends RotationApiTest {

    @Test
    void foreignChoreTaskAndRequestIdsAnswer404AndChangeNothing() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID aAdmin = UUID.randomUUID();
        UUID bAdmin = UUID.randomUUID();
        announce(a, "en", List.of(new Person(aAdmin, "Ann", MemberRole.ADMIN)));
        announce(b, "en", List.of(new Person(bAdmin, "Bob", MemberRole.ADMIN)));
        LocalDate today = today();
        await(b, today);
        String chore = jdbc.queryForList("SELECT id FROM chores WHERE household_id = ?", String.class, b.toString()).get(0);
        String task = jdbc.queryForList("SELECT id FROM tasks WHERE household_id = ? AND task_date = ? AND status = 'OPEN'",
                String.class, b.toString(), today).get(0);
        String bToken = tokens.token(b, bAdmin, "ADMIN");
        String request = JSON.readTree(call("POST", "/api/tasks/" + task + "/substitute-requests", bToken, "{}").body())
                .get("id").asString();

        String aToken = tokens.token(a, aAdmin, "ADMIN");
        String choreBody = "{\"name\":\"x\",\"weight\":1,\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":1}}";
        List<HttpResponse<String>> replies = List.of(
                call("GET", "/api/chores/" + chore, aToken, null),
                call("PATCH", "/api/chores/" + chore, aToken, choreBody),
                call("DELETE", "/api/chores/" + chore, aToken, null),
                call("PUT", "/api/tasks/" + task + "/completion", aToken, null),
                call("DELETE", "/api/tasks/" + task + "/completion", aToken, null),
                call("GET", "/api/tasks/" + task + "/explanation", aToken, null),
                call("POST", "/api/tasks/" + task + "/assignee", aToken, "{\"memberId\":\"" + aAdmin + "\"}"),
                call("POST", "/api/tasks/" + task + "/substitute-requests", aToken, "{}"),
                call("POST", "/api/substitute-requests/" + request + "/accept", aToken, null),
                call("DELETE", "/api/substitute-requests/" + request, aToken, null));
        assertThat(replies).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).doesNotContain("Bob");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chores WHERE id = ?", Integer.class, chore)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM tasks WHERE id = ?", String.class, task)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT assignee_member_id FROM tasks WHERE id = ?", String.class, task))
                .isEqualTo(bAdmin.toString());
        assertThat(call("GET", "/api/dashboard", aToken, null).body()).doesNotContain("Bob").doesNotContain(task);
        assertThat(call("GET", "/api/substitute-requests", aToken, null).body()).isEqualTo("[]");
    }

    @Test
    void badChoresAreClearProblems() throws Exception {
        UUID a = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        announce(a, "en", List.of(new Person(admin, "Ann", MemberRole.ADMIN), new Person(member, "Max", MemberRole.MEMBER)));
        await(a, today());
        String token = tokens.token(a, admin, "ADMIN");
        HttpResponse<String> heavy = call("POST", "/api/chores", token,
                "{\"name\":\"Garden\",\"weight\":9,\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":200}}");
        assertThat(heavy.statusCode()).isEqualTo(400);
        assertThat(heavy.body()).contains("\"field\":\"weight\"", "\"field\":\"schedule.weekdays\"");
        HttpResponse<String> noDays = call("POST", "/api/chores", token, "{\"name\":\"Garden\",\"weight\":2,\"schedule\":{\"kind\":\"MONTHLY\"}}");
        assertThat(noDays.statusCode()).isEqualTo(400);
        assertThat(noDays.body()).contains("\"field\":\"schedule\"");
        HttpResponse<String> stranger = call("POST", "/api/chores", token, "{\"name\":\"Garden\",\"weight\":2,"
                + "\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":1},\"candidateMemberIds\":[\"" + UUID.randomUUID() + "\"]}");
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/chores", tokens.token(a, member, "MEMBER"),
                "{\"name\":\"Garden\",\"weight\":2,\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":1}}").statusCode()).isEqualTo(403);
        HttpResponse<String> ok = call("POST", "/api/chores", token,
                "{\"name\":\"Garden\",\"weight\":2,\"schedule\":{\"kind\":\"INTERVAL\",\"everyNDays\":3},\"dueTime\":\"18:00\"}");
        assertThat(ok.statusCode()).isEqualTo(201);
    }

    private void await(UUID household, LocalDate today) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ? AND assignee_member_id IS NOT NULL",
                Integer.class, household.toString(), today) > 0);
    }

    @Test
    void aDemotedAdminOrARemovedMemberLosesTheirPowersOnceTheEventArrives() throws Exception {
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        UUID ken = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN), new Person(ken, "Ken", MemberRole.ADMIN)));
        awaitRoster(household, 2);
        String kensAdminToken = tokens.token(household, ken, "ADMIN");
        String chore = "{\"name\":\"Wax the car\",\"weight\":2,\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":64}}";
        assertThat(call("POST", "/api/chores", kensAdminToken, chore).statusCode()).isEqualTo(201);

        tx.executeWithoutResult(s -> outbox.publish(ken.toString(), new MemberUpdated(household, ken, "Ken", null,
                MemberRole.MEMBER, false, "default", "#123456")));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "MEMBER".equals(jdbc.queryForObject(
                "SELECT role FROM members WHERE id = ?", String.class, ken.toString())));
        assertThat(call("POST", "/api/chores", kensAdminToken, chore).statusCode()).as("the token still says ADMIN").isEqualTo(403);
        assertThat(call("GET", "/api/dashboard", kensAdminToken, null).statusCode()).isEqualTo(200);

        tx.executeWithoutResult(s -> outbox.publish(ken.toString(), new MemberRemoved(household, ken)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !jdbc.queryForObject(
                "SELECT active FROM members WHERE id = ?", Boolean.class, ken.toString()));
        HttpResponse<String> gone = call("GET", "/api/dashboard", kensAdminToken, null);
        assertThat(gone.statusCode()).isEqualTo(401);
        assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(call("GET", "/api/dashboard", tokens.token(household, hana, "ADMIN"), null).statusCode()).isEqualTo(200);
    }
}
