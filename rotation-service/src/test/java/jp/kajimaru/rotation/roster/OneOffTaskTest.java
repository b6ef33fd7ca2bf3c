package jp.kajimaru.rotation.roster;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** "Do it today": POST /api/tasks makes one fairly assigned one-off occurrence of a chore on a day. */
class OneOffTaskTest extends RotationApiTest {

    @Test
    void anyMemberSchedulesAChoreOnceForADayAndItIsFairlyAssigned() throws Exception {
        UUID household = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        UUID max = UUID.randomUUID();
        announce(household, "en", List.of(new Person(ann, "Ann", MemberRole.ADMIN), new Person(max, "Max", MemberRole.MEMBER)));
        awaitRoster(household, 2);
        String chore = jdbc.queryForList("SELECT id FROM chores WHERE household_id = ? AND active ORDER BY position",
                String.class, household.toString()).get(0);
        String maxToken = tokens.token(household, max, "MEMBER");
        String body = "{\"choreId\":\"" + chore + "\",\"date\":\"" + today() + "\"}";

        HttpResponse<String> first = call("POST", "/api/tasks", maxToken, body);
        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode task = JSON.readTree(first.body());
        assertThat(task.get("choreId").asString()).isEqualTo(chore);
        assertThat(task.get("date").asString()).isEqualTo(today().toString());
        assertThat(task.get("origin").asString()).isEqualTo("ONE_OFF");
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        String assignee = task.get("assigneeMemberId").asString();
        assertThat(assignee).isIn(ann.toString(), max.toString());
        String id = task.get("id").asString();
        assertThat(jdbc.queryForList("SELECT event_type FROM outbox WHERE aggregate_id = ?", String.class, id))
                .containsExactly("TaskAssigned");
        assertThat(jdbc.queryForObject("SELECT explanation FROM tasks WHERE id = ?", String.class, id)).isNotBlank();

        HttpResponse<String> again = call("POST", "/api/tasks", maxToken, body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("id").asString()).isEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE chore_id = ? AND task_date = ? AND origin = 'ONE_OFF'",
                Integer.class, chore, today())).isEqualTo(1);

        // It is a task like the others: in the day's list, and its holder completes it.
        assertThat(call("GET", "/api/tasks?from=" + today() + "&to=" + today(), maxToken, null).body()).contains(id);
        HttpResponse<String> done = call("PUT", "/api/tasks/" + id + "/completion",
                tokens.token(household, UUID.fromString(assignee), assignee.equals(ann.toString()) ? "ADMIN" : "MEMBER"), null);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void aLaterDayIsPlannedInItsOwnPeriod() throws Exception {
        UUID household = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        announce(household, "en", List.of(new Person(ann, "Ann", MemberRole.ADMIN)));
        awaitRoster(household, 1);
        String chore = jdbc.queryForList("SELECT id FROM chores WHERE household_id = ?", String.class, household.toString()).get(0);
        LocalDate inTwoWeeks = today().plusDays(14);
        HttpResponse<String> r = call("POST", "/api/tasks", tokens.token(household, ann, "ADMIN"),
                "{\"choreId\":\"" + chore + "\",\"date\":\"" + inTwoWeeks + "\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(r.body()).get("assigneeMemberId").asString()).isEqualTo(ann.toString());
        // The periods up to that day were planned on the way, so the roster's own occurrences are there as well.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ? AND origin = 'ROSTER'",
                Integer.class, household.toString(), inTwoWeeks)).isPositive();
    }

    @Test
    void badDaysAndForeignChoresAreRefusedAndChangeNothing() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        announce(a, "en", List.of(new Person(ann, "Ann", MemberRole.ADMIN)));
        announce(b, "en", List.of(new Person(bob, "Bob", MemberRole.ADMIN)));
        awaitRoster(a, 1);
        awaitRoster(b, 1);
        String aToken = tokens.token(a, ann, "ADMIN");
        String aChore = jdbc.queryForList("SELECT id FROM chores WHERE household_id = ?", String.class, a.toString()).get(0);
        String bChore = jdbc.queryForList("SELECT id FROM chores WHERE household_id = ?", String.class, b.toString()).get(0);

        HttpResponse<String> yesterday = call("POST", "/api/tasks", aToken,
                "{\"choreId\":\"" + aChore + "\",\"date\":\"" + today().minusDays(1) + "\"}");
        assertThat(yesterday.statusCode()).isEqualTo(400);
        assertThat(yesterday.body()).contains("\"field\":\"date\"");
        HttpResponse<String> missing = call("POST", "/api/tasks", aToken, "{\"date\":\"" + today() + "\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"choreId\"");
        HttpResponse<String> garbage = call("POST", "/api/tasks", aToken, "{\"choreId\":\"" + aChore + "\",\"date\":\"soon\"}");
        assertThat(garbage.statusCode()).isEqualTo(400);

        HttpResponse<String> foreign = call("POST", "/api/tasks", aToken, "{\"choreId\":\"" + bChore + "\",\"date\":\"" + today() + "\"}");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Bob");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id IN (?, ?) AND origin <> 'ROSTER'",
                Integer.class, a.toString(), b.toString())).isZero();
    }
}
