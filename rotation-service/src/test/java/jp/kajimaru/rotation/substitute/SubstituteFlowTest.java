package jp.kajimaru.rotation.substitute;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 代役 over HTTP: request, the race of two accepts (exactly one wins), withdraw, and the ledger credit. */
class SubstituteFlowTest extends RotationApiTest {

    @Test
    void twoMembersAcceptAtOnceAndExactlyOneGetsTheTask() throws Exception {
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        UUID ken = UUID.randomUUID();
        UUID yuki = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN), new Person(ken, "Ken", MemberRole.MEMBER),
                new Person(yuki, "Yuki", MemberRole.MEMBER)));
        String hanaToken = tokens.token(household, hana, "ADMIN");
        LocalDate today = LocalDate.now(TOKYO);
        await().atMost(Duration.ofSeconds(60)).until(() -> openTaskOf(household, hana, today) != null
                && jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE household_id = ?", Integer.class,
                household.toString()) == 3);
        String task = openTaskOf(household, hana, today);

        assertThat(call("POST", "/api/tasks/" + task + "/substitute-requests", tokens.token(household, ken, "MEMBER"),
                "{}").statusCode()).as("only the assignee asks").isEqualTo(403);
        HttpResponse<String> asked = call("POST", "/api/tasks/" + task + "/substitute-requests", hanaToken,
                "{\"note\":\"I have a late meeting\"}");
        assertThat(asked.statusCode()).isEqualTo(201);
        String request = JSON.readTree(asked.body()).get("id").asString();
        JsonNode open = JSON.readTree(call("GET", "/api/dashboard", tokens.token(household, ken, "MEMBER"), null).body())
                .get("openSubstituteRequests");
        assertThat(open.size()).isEqualTo(1);
        assertThat(open.get(0).get("id").asString()).isEqualTo(request);
        assertThat(open.get(0).get("note").asString()).isEqualTo("I have a late meeting");
        assertThat(call("POST", "/api/tasks/" + task + "/substitute-requests", hanaToken, "{}").statusCode()).isEqualTo(409);
        assertThat(call("POST", "/api/substitute-requests/" + request + "/accept", hanaToken, null).statusCode())
                .as("not your own").isEqualTo(409);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (UUID who : List.of(ken, yuki)) {
            Callable<Integer> accept = () -> {
                start.await();
                return call("POST", "/api/substitute-requests/" + request + "/accept",
                        tokens.token(household, who, "MEMBER"), null).statusCode();
            };
            results.add(pool.submit(accept));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);

        JsonNode list = JSON.readTree(call("GET", "/api/substitute-requests", hanaToken, null).body());
        JsonNode accepted = list.get(0);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        String winner = accepted.get("substituteMemberId").asString();
        assertThat(List.of(ken.toString(), yuki.toString())).contains(winner);
        assertThat(jdbc.queryForObject("SELECT assignee_member_id FROM tasks WHERE id = ?", String.class, task)).isEqualTo(winner);
        assertThat(jdbc.queryForList("SELECT event_type FROM outbox WHERE aggregate_id = ? ORDER BY seq", String.class, request))
                .containsExactly("SubstituteRequested", "SubstituteAccepted");
        assertThat(call("DELETE", "/api/substitute-requests/" + request, hanaToken, null).statusCode()).isEqualTo(409);
    }

    @Test
    void aWithdrawnRequestCannotBeAcceptedAndStrangersSeeNothing() throws Exception {
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        UUID ken = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN), new Person(ken, "Ken", MemberRole.MEMBER)));
        LocalDate today = LocalDate.now(TOKYO);
        await().atMost(Duration.ofSeconds(60)).until(() -> openTaskOf(household, hana, today) != null);
        String task = openTaskOf(household, hana, today);
        String hanaToken = tokens.token(household, hana, "ADMIN");
        String request = JSON.readTree(call("POST", "/api/tasks/" + task + "/substitute-requests", hanaToken, "{}").body())
                .get("id").asString();

        String stranger = tokens.token(UUID.randomUUID(), UUID.randomUUID(), "ADMIN");
        assertThat(call("POST", "/api/substitute-requests/" + request + "/accept", stranger, null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/substitute-requests/" + request, stranger, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/substitute-requests", stranger, null).body()).isEqualTo("[]");

        assertThat(call("DELETE", "/api/substitute-requests/" + request, hanaToken, null).statusCode()).isEqualTo(204);
        assertThat(call("POST", "/api/substitute-requests/" + request + "/accept", tokens.token(household, ken, "MEMBER"), null)
                .statusCode()).isEqualTo(409);
    }

    private String openTaskOf(UUID household, UUID member, LocalDate day) {
        return jdbc.queryForList("SELECT id FROM tasks WHERE household_id = ? AND assignee_member_id = ? AND status = 'OPEN' "
                + "AND task_date >= ? ORDER BY task_date DESC LIMIT 1", String.class, household.toString(), member.toString(),
                java.sql.Date.valueOf(day.plusDays(1).isAfter(day) ? day : day)).stream().findFirst().orElse(null);
    }
}
