package jp.kajimaru.rotation.roster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A family's week, driven by user-service's events over Kafka: the roster appears as soon as the household
 * and its members exist, tasks are completed and undone, a member who becomes busy loses the tasks of
 * those days, and one household never sees another's tasks.
 */
class RosterFlowTest extends RotationApiTest {

    @Test
    void aFamilysWeekFromSignUpToABusyDay() throws Exception {
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        UUID ken = UUID.randomUUID();
        UUID taro = UUID.randomUUID();
        announce(household, "ja", List.of(new Person(hana, "Hana", MemberRole.ADMIN), new Person(ken, "Ken", MemberRole.MEMBER),
                new Person(taro, "Taro", MemberRole.CHILD)));
        String admin = tokens.token(household, hana, "ADMIN");
        LocalDate today = LocalDate.now(TOKYO);

        await().atMost(Duration.ofSeconds(60)).until(() -> unassignedToday(household) == 0 && tasksToday(household) > 0
                && jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE household_id = ?", Integer.class,
                household.toString()) == 3);
        JsonNode dashboard = JSON.readTree(get("/api/dashboard", admin).body());
        assertThat(dashboard.get("todayTasks").size()).isGreaterThanOrEqualTo(8);
        assertThat(dashboard.get("members").size()).isEqualTo(3);
        assertThat(dashboard.get("completionTodayPercent").asInt()).isZero();

        // Every task of the day has an assignee, and the weighted load is spread: nobody carries it all.
        JsonNode todays = dashboard.get("todayTasks");
        assertThat(todays.findValuesAsString("assigneeName")).contains("Hana", "Ken");

        String hanasTask = null;
        for (JsonNode t : todays) {
            if (hana.toString().equals(t.get("assigneeMemberId").asString())) {
                hanasTask = t.get("id").asString();
                break;
            }
        }
        assertThat(hanasTask).isNotNull();
        HttpResponse<String> done = send("PUT", "/api/tasks/" + hanasTask + "/completion", admin);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).get("status").asString()).isEqualTo("DONE");
        assertThat(JSON.readTree(get("/api/dashboard", admin).body()).get("completionTodayPercent").asInt()).isPositive();
        assertThat(send("DELETE", "/api/tasks/" + hanasTask + "/completion", admin).statusCode()).isEqualTo(200);
        assertThat(get("/api/tasks/" + hanasTask + "/explanation", admin).body()).contains("loadBefore");

        // Ken cannot complete Hana's task; a stranger household cannot see it at all.
        assertThat(send("PUT", "/api/tasks/" + hanasTask + "/completion", tokens.token(household, ken, "MEMBER"))
                .statusCode()).isEqualTo(403);
        String stranger = tokens.token(UUID.randomUUID(), UUID.randomUUID(), "ADMIN");
        assertThat(send("PUT", "/api/tasks/" + hanasTask + "/completion", stranger).statusCode()).isEqualTo(404);
        assertThat(get("/api/tasks/" + hanasTask + "/explanation", stranger).statusCode()).isEqualTo(404);
        assertThat(get("/api/tasks?from=" + today + "&to=" + today, stranger).body()).isEqualTo("[]");

        // Hana becomes busy for today: her open tasks of today move to the others.
        Instant startOfToday = today.atStartOfDay(TOKYO).toInstant();
        tx.executeWithoutResult(s -> outbox.publish(hana.toString(), new MemberBusyChanged(household, hana, true,
                startOfToday, startOfToday.plus(1, ChronoUnit.DAYS))));
        await().atMost(Duration.ofSeconds(60)).until(() -> openTodayOf(household, hana) == 0);
        assertThat(unassignedToday(household)).isZero();
        assertThat(jdbc.queryForList("SELECT event_type FROM outbox WHERE household_id = ? AND event_type = 'TaskReassigned'",
                String.class, household.toString())).isNotEmpty();
    }

    private int tasksToday(UUID household) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ?", Integer.class,
                household.toString(), java.sql.Date.valueOf(LocalDate.now(TOKYO)));
    }

    private int unassignedToday(UUID household) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ? AND assignee_member_id IS NULL",
                Integer.class, household.toString(), java.sql.Date.valueOf(LocalDate.now(TOKYO)));
    }

    private int openTodayOf(UUID household, UUID member) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ? AND status = 'OPEN' "
                + "AND assignee_member_id = ?", Integer.class, household.toString(), java.sql.Date.valueOf(LocalDate.now(TOKYO)),
                member.toString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return call("GET", path, token, null);
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        return call(method, path, token, null);
    }
}
