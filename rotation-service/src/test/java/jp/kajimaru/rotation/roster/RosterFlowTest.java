package jp.kajimaru.rotation.roster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A family's week, driven by user-service's events over Kafka: the roster appears as soon as the household
 * and its members exist, tasks are completed and undone, a member who becomes busy loses the tasks of
 * those days, and one household never sees another's tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class RosterFlowTest {

    static final TestTokens tokens = TestTokens.start();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.security.jwks-uri", tokens::jwksUri);
    }

    @AfterAll
    static void stop() {
        tokens.close();
    }

    @LocalServerPort int port;
    @Autowired OutboxWriter outbox;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFamilysWeekFromSignUpToABusyDay() throws Exception {
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        UUID ken = UUID.randomUUID();
        UUID taro = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            outbox.publish(household.toString(), new HouseholdCreated(household, "Tanaka", "Asia/Tokyo", "ja",
                    new Location("東京", 35.68, 139.69), RotationUnit.WEEKLY, false, 15, hana));
            outbox.publish(hana.toString(), new MemberJoined(household, hana, "Hana", null, MemberRole.ADMIN, true, "woman", "#E4572E"));
            outbox.publish(ken.toString(), new MemberJoined(household, ken, "Ken", null, MemberRole.MEMBER, true, "man", "#4C8BF5"));
            outbox.publish(taro.toString(), new MemberJoined(household, taro, "Taro", null, MemberRole.CHILD, false, "boy", "#2E7D32"));
        });
        String admin = tokens.token(household, hana, "ADMIN");
        LocalDate today = LocalDate.now(TOKYO);

        await().atMost(Duration.ofSeconds(60)).until(() -> unassignedToday(household) == 0 && tasksToday(household) > 0);
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
        return send("GET", path, token);
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
