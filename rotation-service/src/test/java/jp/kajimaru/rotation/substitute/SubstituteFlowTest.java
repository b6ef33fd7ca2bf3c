package jp.kajimaru.rotation.substitute;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.kajimaru.events.user.MemberBusyChanged;
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
        LocalDate today = today();
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
        LocalDate today = today();
        // Both members in the replica first: Ken's arrival re-plans the week and may move Hana's tasks.
        awaitRoster(household, 2);
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

    @Test
    void onlyAnEligibleMemberMayAcceptAndOnlyWhileTheRequesterStillHoldsTheTask() throws Exception {
        clock().setLocal(java.time.LocalDateTime.parse("2026-11-30T09:00"), TOKYO);
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        UUID ken = UUID.randomUUID();
        UUID taro = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN), new Person(ken, "Ken", MemberRole.MEMBER),
                new Person(taro, "Taro", MemberRole.CHILD)));
        awaitRoster(household, 3);
        String admin = tokens.token(household, hana, "ADMIN");
        HttpResponse<String> chore = call("POST", "/api/chores", admin, "{\"name\":\"Clean the oven\",\"weight\":3,"
                + "\"dueTime\":\"20:00\",\"minimumRole\":\"MEMBER\",\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":127}}");
        assertThat(chore.statusCode()).isEqualTo(201);
        String task = jdbc.queryForObject("SELECT id FROM tasks WHERE chore_id = ? AND task_date = ?", String.class,
                JSON.readTree(chore.body()).get("id").asString(), today());
        UUID holder = UUID.fromString(jdbc.queryForObject("SELECT assignee_member_id FROM tasks WHERE id = ?", String.class, task));
        UUID other = holder.equals(hana) ? ken : hana;
        String holderToken = tokens.token(household, holder, holder.equals(hana) ? "ADMIN" : "MEMBER");
        String otherToken = tokens.token(household, other, other.equals(hana) ? "ADMIN" : "MEMBER");

        String request = requestFor(task, holderToken);
        assertThat(call("POST", "/api/substitute-requests/" + request + "/accept", tokens.token(household, taro, "CHILD"), null)
                .statusCode()).as("a child may not take a MEMBER chore").isEqualTo(403);

        // The admin gives the task to the other adult: the request is moot and cannot be accepted any more.
        assertThat(call("POST", "/api/tasks/" + task + "/assignee", admin, "{\"memberId\":\"" + other + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(statusOf(request, admin)).isEqualTo("CLOSED");
        assertThat(call("POST", "/api/substitute-requests/" + request + "/accept", otherToken, null).statusCode()).isEqualTo(409);

        // The new holder asks, then becomes busy today: the task moves back, and the request closes with it.
        String second = requestFor(task, otherToken);
        Instant startOfToday = today().atStartOfDay(TOKYO).toInstant();
        tx.executeWithoutResult(st -> outbox.publish(other.toString(), new MemberBusyChanged(household, other, true,
                startOfToday, startOfToday.plus(java.time.Duration.ofDays(1)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> holder.toString().equals(jdbc.queryForObject(
                "SELECT assignee_member_id FROM tasks WHERE id = ?", String.class, task)));
        assertThat(statusOf(second, admin)).isEqualTo("CLOSED");
        assertThat(call("POST", "/api/substitute-requests/" + second + "/accept", holderToken, null).statusCode()).isEqualTo(409);
    }

    @Test
    void aPinnedTaskLeavesAHolderWhoBecomesBusyAlsoInTheNextPeriod() throws Exception {
        Couple c = couplePlannedAt("2026-12-06T09:00"); // Sunday: next week is planned too
        UUID household = c.household();
        UUID hana = c.hana();
        UUID ken = c.ken();
        LocalDate monday = today().plusDays(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> openOn(household, null, monday) > 0);
        String admin = tokens.token(household, hana, "ADMIN");
        // Any task of today, pinned by the admin to the member who does not hold it.
        Map<String, Object> task = jdbc.queryForList("SELECT id, assignee_member_id FROM tasks WHERE household_id = ? "
                + "AND task_date = ?", household.toString(), today()).get(0);
        String pinned = (String) task.get("id");
        UUID holder = UUID.fromString((String) task.get("assignee_member_id"));
        UUID other = holder.equals(hana) ? ken : hana;
        assertThat(call("POST", "/api/tasks/" + pinned + "/assignee", admin, "{\"memberId\":\"" + other + "\"}").statusCode())
                .isEqualTo(200);

        Instant from = today().atStartOfDay(TOKYO).toInstant();
        tx.executeWithoutResult(st -> outbox.publish(other.toString(), new MemberBusyChanged(household, other, true, from,
                monday.plusDays(1).atStartOfDay(TOKYO).toInstant())));
        await().atMost(Duration.ofSeconds(30)).until(() -> openOn(household, other, today()) == 0
                && openOn(household, other, monday) == 0);
        assertThat(jdbc.queryForObject("SELECT assignee_member_id FROM tasks WHERE id = ?", String.class, pinned))
                .isEqualTo(holder.toString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND status = 'OPEN' "
                + "AND assignee_member_id IS NULL", Integer.class, household.toString())).isZero();
    }

    @Test
    void onePassThatMovesSeveralRequestedTasksClosesEachOfTheirRequestsAndNoOther() throws Exception {
        Couple c = couplePlannedAt("2026-12-01T09:00"); // Tuesday: days left in the week
        LocalDate tomorrow = today().plusDays(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> tasksOn(c.household(), today()).size() >= 2
                && !tasksOn(c.household(), tomorrow).isEmpty());
        String hanaToken = tokens.token(c.household(), c.hana(), "ADMIN");
        String kenToken = tokens.token(c.household(), c.ken(), "MEMBER");
        // Pinned by the admin, so who holds what does not depend on the fair split.
        String kensToday = tasksOn(c.household(), today()).get(0);
        String hanasToday = tasksOn(c.household(), today()).get(1);
        String kensTomorrow = tasksOn(c.household(), tomorrow).get(0);
        for (String[] pin : new String[][] {{kensToday, c.ken().toString()}, {kensTomorrow, c.ken().toString()},
                {hanasToday, c.hana().toString()}}) {
            assertThat(call("POST", "/api/tasks/" + pin[0] + "/assignee", hanaToken, "{\"memberId\":\"" + pin[1] + "\"}")
                    .statusCode()).isEqualTo(200);
        }
        String first = requestFor(kensToday, kenToken);
        String second = requestFor(kensTomorrow, kenToken);
        String hanas = requestFor(hanasToday, hanaToken);

        // Ken is busy today and tomorrow: one re-plan moves both of his tasks to Hana.
        Instant from = today().atStartOfDay(TOKYO).toInstant();
        Instant until = tomorrow.plusDays(1).atStartOfDay(TOKYO).toInstant();
        tx.executeWithoutResult(st -> outbox.publish(c.ken().toString(),
                new MemberBusyChanged(c.household(), c.ken(), true, from, until)));
        await().atMost(Duration.ofSeconds(30)).until(() -> openOn(c.household(), c.ken(), today()) == 0
                && openOn(c.household(), c.ken(), tomorrow) == 0);
        assertThat(statusOf(first, hanaToken)).isEqualTo("CLOSED");
        assertThat(statusOf(second, hanaToken)).isEqualTo("CLOSED");
        assertThat(statusOf(hanas, hanaToken)).as("Hana's own task did not move").isEqualTo("OPEN");
    }

    /** Hana (admin) and Ken (member), their household's roster planned at {@code localTime} in Tokyo. */
    private Couple couplePlannedAt(String localTime) {
        clock().setLocal(java.time.LocalDateTime.parse(localTime), TOKYO);
        Couple c = new Couple(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        announce(c.household(), "en", List.of(new Person(c.hana(), "Hana", MemberRole.ADMIN),
                new Person(c.ken(), "Ken", MemberRole.MEMBER)));
        awaitRoster(c.household(), 2);
        return c;
    }

    private record Couple(UUID household, UUID hana, UUID ken) {
    }

    private List<String> tasksOn(UUID household, LocalDate day) {
        return jdbc.queryForList("SELECT id FROM tasks WHERE household_id = ? AND status = 'OPEN' AND task_date = ? ORDER BY id",
                String.class, household.toString(), day);
    }

    private String requestFor(String task, String token) throws Exception {
        HttpResponse<String> asked = call("POST", "/api/tasks/" + task + "/substitute-requests", token, "{}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        return JSON.readTree(asked.body()).get("id").asString();
    }

    private String statusOf(String request, String token) throws Exception {
        for (JsonNode r : JSON.readTree(call("GET", "/api/substitute-requests", token, null).body())) {
            if (r.get("id").asString().equals(request)) {
                return r.get("status").asString();
            }
        }
        return null;
    }

    /** Open tasks on a day held by {@code member}, or (member null) all open tasks of that day. */
    private int openOn(UUID household, UUID member, LocalDate day) {
        return member == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND status = 'OPEN' AND task_date = ?",
                        Integer.class, household.toString(), day)
                : jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND status = 'OPEN' AND task_date = ? "
                        + "AND assignee_member_id = ?", Integer.class, household.toString(), day,
                        member.toString());
    }

    private String openTaskOf(UUID household, UUID member, LocalDate day) {
        return jdbc.queryForList("SELECT id FROM tasks WHERE household_id = ? AND assignee_member_id = ? AND status = 'OPEN' "
                + "AND task_date >= ? ORDER BY task_date DESC LIMIT 1", String.class, household.toString(), member.toString(),
                day.plusDays(1).isAfter(day) ? day : day).stream().findFirst().orElse(null);
    }
}
