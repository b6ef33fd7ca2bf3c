package jp.kajimaru.rotation.roster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** One regression test per rotation defect found when the product was tried as a new family would. */
class RosterDefectsTest extends RotationApiTest {

    private static final LocalDateTime MONDAY = LocalDateTime.parse("2026-11-30T09:00");

    @Test
    void anEveryNDaysChoreCountsFromItsStartNotFrom1970() throws Exception {
        Family family = family(LocalDateTime.parse("2026-12-01T09:00"), false); // a Tuesday; 1970 would put the 3-day beat on Thursday
        UUID household = family.household();
        String admin = family.admin();

        String fromToday = createChore(admin, "{\"name\":\"Water the plants\",\"weight\":1,"
                + "\"schedule\":{\"kind\":\"INTERVAL\",\"everyNDays\":3}}");
        assertThat(datesOf(fromToday)).containsExactly(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-04"));
        String fromTomorrow = createChore(admin, "{\"name\":\"Descale the kettle\",\"weight\":1,\"startsOn\":\"2026-12-02\","
                + "\"schedule\":{\"kind\":\"INTERVAL\",\"everyNDays\":3}}");
        assertThat(datesOf(fromTomorrow)).containsExactly(LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-05"));
    }

    @Test
    void openFutureTasksFollowTheirChoreAndDoneOnesStayHistory() throws Exception {
        clock().setLocal(MONDAY, TOKYO);
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN),
                new Person(UUID.randomUUID(), "Ken", MemberRole.MEMBER)));
        awaitRoster(household, 2);
        String admin = tokens.token(household, hana, "ADMIN");
        String chore = createChore(admin, "{\"name\":\"Iron shirts\",\"weight\":2,\"dueTime\":\"20:00\","
                + "\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":127}}");
        assertThat(datesOf(chore)).hasSize(7);
        String todays = jdbc.queryForObject("SELECT id FROM tasks WHERE chore_id = ? AND task_date = ?", String.class, chore,
                today());
        assertThat(call("PUT", "/api/tasks/" + todays + "/completion", admin, null).statusCode()).isEqualTo(200);

        assertThat(call("PATCH", "/api/chores/" + chore, admin, "{\"name\":\"Iron everything\",\"weight\":4,\"dueTime\":\"18:30\","
                + "\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":127}}").statusCode()).isEqualTo(200);
        for (Map<String, Object> t : jdbc.queryForList("SELECT * FROM tasks WHERE chore_id = ? AND status = 'OPEN'", chore)) {
            assertThat(t.get("weight")).isEqualTo(4);
            assertThat(t.get("chore_name")).isEqualTo("Iron everything");
            LocalDate day = jdbc.queryForObject("SELECT task_date FROM tasks WHERE id = ?", LocalDate.class, t.get("id"));
            assertThat(((java.sql.Timestamp) t.get("due_at")).toInstant()).isEqualTo(day.atTime(18, 30).atZone(TOKYO).toInstant());
        }
        assertThat(jdbc.queryForMap("SELECT weight, chore_name FROM tasks WHERE id = ?", todays))
                .containsEntry("weight", 2).containsEntry("chore_name", "Iron shirts");

        assertThat(call("PATCH", "/api/chores/" + chore, admin, "{\"name\":\"Iron everything\",\"weight\":4,\"active\":false,"
                + "\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":127}}").statusCode()).isEqualTo(200);
        assertThat(openCount(chore)).as("deactivated: no open tasks left").isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM tasks WHERE id = ?", String.class, todays)).isEqualTo("DONE");

        String another = createChore(admin, "{\"name\":\"Polish shoes\",\"weight\":1,\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":127}}");
        assertThat(openCount(another)).isEqualTo(7);
        assertThat(call("DELETE", "/api/chores/" + another, admin, null).statusCode()).isEqualTo(204);
        assertThat(openCount(another)).as("deleted: no open tasks left").isZero();
        JsonNode dashboard = JSON.readTree(call("GET", "/api/dashboard", admin, null).body());
        assertThat(dashboard.toString()).doesNotContain("Polish shoes");
    }

    @Test
    void creditGoesToWhomTheTaskWasDoneForEvenWhenAnAdminPressesDone() throws Exception {
        clock().setLocal(MONDAY, TOKYO);
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        UUID ken = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN), new Person(ken, "Ken", MemberRole.CHILD)));
        awaitRoster(household, 2);
        String admin = tokens.token(household, hana, "ADMIN");
        Map<String, Double> before = balances(admin);
        String kensTask = jdbc.queryForList("SELECT id FROM tasks WHERE household_id = ? AND task_date >= ? AND assignee_member_id = ?",
                String.class, household.toString(), today(), ken.toString()).get(0);

        JsonNode done = JSON.readTree(call("PUT", "/api/tasks/" + kensTask + "/completion", admin, null).body());
        assertThat(done.get("completedBy").asString()).as("done by").isEqualTo(hana.toString());
        assertThat(done.get("assigneeMemberId").asString()).as("done for").isEqualTo(ken.toString());
        assertThat(balances(admin)).isEqualTo(before);
    }

    @Test
    void anOpenTaskOfAnEndedPeriodCountsForNobodySoSkippingCosts() throws Exception {
        Family family = family(MONDAY, true);
        UUID household = family.household();
        UUID hana = family.hana();
        String admin = family.admin();
        assertThat(sum(balances(admin))).isCloseTo(0, within(0.5));
        int weekOne = jdbc.queryForObject("SELECT SUM(weight) FROM tasks WHERE household_id = ? AND task_date <= ?", Integer.class,
                household.toString(), today().plusDays(6));

        clock().advance(Duration.ofDays(7));
        String nextWeek = tokens.token(household, hana, "ADMIN");
        assertThat(call("POST", "/api/rotation/regenerate", nextWeek, null).statusCode()).isEqualTo(200);
        assertThat(sum(balances(nextWeek))).as("last week's undone tasks are owed").isCloseTo(-weekOne, within(0.5));
    }

    @Test
    void aMemberWhoJoinsMidWeekIsChargedOnlyForTheDaysPresent() throws Exception {
        Family family = family(MONDAY, true);
        UUID taro = UUID.randomUUID();
        UUID household = family.household();
        clock().advance(Duration.ofDays(2)); // Wednesday: Monday and Tuesday were Hana's and Ken's alone
        String admin = tokens.token(household, family.hana(), "ADMIN");
        assertThat(call("POST", "/api/rotation/regenerate", admin, null).statusCode()).isEqualTo(200);
        tx.executeWithoutResult(s -> outbox.publish(taro.toString(), new MemberJoined(household, taro, "Taro", null,
                MemberRole.MEMBER, true, "default", "#123456")));
        awaitRoster(household, 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> balances(admin).containsKey("Taro"));
        Map<String, Double> balances = balances(admin);
        assertThat(balances.get("Taro")).as("about even, within one heavy chore: " + balances).isCloseTo(0, within(5.5));
        assertThat(sum(balances)).isCloseTo(0, within(0.5));
        // Taro's load is a third of the days he is here for, not a third of the whole week squeezed into five days.
        int fromWednesday = jdbc.queryForObject("SELECT SUM(weight) FROM tasks WHERE household_id = ? AND task_date >= ?",
                Integer.class, household.toString(), today());
        JsonNode taroStats = null;
        for (JsonNode m : JSON.readTree(call("GET", "/api/dashboard", admin, null).body()).get("members")) {
            taroStats = "Taro".equals(m.get("name").asString()) ? m : taroStats;
        }
        assertThat(taroStats.get("weightThisPeriod").asInt()).isCloseTo(fromWednesday / 3, within(5));
    }

    @Test
    void switchingTheUnitMidWeekChargesNoDayTwice() throws Exception {
        Family family = family(LocalDateTime.parse("2026-12-02T09:00"), true); // Wednesday
        UUID household = family.household();
        String admin = family.admin();
        assertThat(sum(balances(admin))).isCloseTo(0, within(0.5));

        tx.executeWithoutResult(s -> outbox.publish(household.toString(), new HouseholdUpdated(household, "Tanaka",
                "Asia/Tokyo", "en", new Location("東京", 35.6895, 139.69171), RotationUnit.DAILY, false, 15)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DAILY".equals(jdbc.queryForObject(
                "SELECT rotation_unit FROM households WHERE id = ?", String.class, household.toString())));
        assertThat(call("POST", "/api/rotation/regenerate", admin, null).statusCode()).isEqualTo(200);
        assertThat(sum(balances(admin))).isCloseTo(0, within(0.5));
    }

    @Test
    void yesterdaysOverdueTaskStaysOnTheDashboardInANewPeriod() throws Exception {
        Family family = family(LocalDateTime.parse("2026-12-06T09:00"), false); // Sunday, the last day of the week
        UUID household = family.household();
        UUID hana = family.hana();
        String admin = family.admin();
        String chore = createChore(admin, "{\"name\":\"Feed the cat\",\"weight\":1,\"dueTime\":\"08:00\","
                + "\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":127}}");
        String sundays = jdbc.queryForObject("SELECT id FROM tasks WHERE chore_id = ? AND task_date = ?", String.class, chore,
                today());
        assertThat(overdueIds(admin)).contains(sundays);

        clock().advance(Duration.ofDays(1)); // Monday 09:00: a new week
        assertThat(overdueIds(tokens.token(household, hana, "ADMIN"))).contains(sundays);
    }

    @Test
    void theFirstRosterIsAnnouncedOnceItHasAssignees() throws Exception {
        clock().setLocal(MONDAY, TOKYO);
        UUID household = UUID.randomUUID();
        announce(household, "en", List.of(new Person(UUID.randomUUID(), "Hana", MemberRole.ADMIN),
                new Person(UUID.randomUUID(), "Ken", MemberRole.MEMBER)));
        awaitRoster(household, 2);
        List<String> rosters = jdbc.queryForList("SELECT payload FROM outbox WHERE household_id = ? AND event_type = 'RosterPublished'",
                String.class, household.toString());
        assertThat(rosters).hasSize(1);
        JsonNode roster = JSON.readTree(rosters.get(0));
        assertThat(roster.get("shares").size()).isPositive();
        // The roster carries every assignment (version 2) instead of one TaskAssigned per task (docs/adr/0015).
        List<String> assigned = jdbc.queryForList("SELECT id FROM tasks WHERE household_id = ? AND assignee_member_id IS NOT NULL",
                String.class, household.toString());
        List<String> listed = new ArrayList<>();
        roster.get("assignments").forEach(a -> listed.add(a.get("taskId").asString()));
        assertThat(listed).isNotEmpty().containsExactlyInAnyOrderElementsOf(assigned);
        assertThat(jdbc.queryForObject("SELECT event_version FROM outbox WHERE household_id = ? AND event_type = 'RosterPublished'",
                Integer.class, household.toString())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE household_id = ? AND event_type = 'TaskAssigned'",
                Integer.class, household.toString())).isZero();
    }

    @Test
    void concurrentPlansOfOneHouseholdAnnounceEachAssignmentOnce() throws Exception {
        Family family = family(MONDAY, true);
        UUID household = family.household();
        String admin = family.admin();
        // A half-planned household: every task waits for an assignee, and four planners arrive at once.
        long mark = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM outbox", Long.class);
        int open = jdbc.update("UPDATE tasks SET assignee_member_id = NULL WHERE household_id = ?", household.toString());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return call("POST", "/api/rotation/regenerate", admin, null).statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> f : replies) {
            assertThat(f.get()).isEqualTo(200);
        }
        pool.shutdown();
        List<Map<String, Object>> announced = jdbc.queryForList("SELECT aggregate_id, COUNT(*) AS n FROM outbox WHERE seq > ? "
                + "AND household_id = ? AND event_type IN ('TaskAssigned', 'TaskReassigned') GROUP BY aggregate_id", mark,
                household.toString());
        assertThat(announced).hasSize(open);
        assertThat(announced).allSatisfy(row -> assertThat(((Number) row.get("n")).intValue()).isEqualTo(1));
    }

    @Test
    void clearingTheDefaultDueTimeMeansEndOfDayAndBreaksNothing() throws Exception {
        Family family = family(MONDAY, false);
        UUID ken = UUID.randomUUID();
        UUID household = family.household();
        String admin = family.admin();
        assertThat(call("PATCH", "/api/rotation/settings", admin, "{\"defaultDueTime\":\"18:00\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> cleared = call("PATCH", "/api/rotation/settings", admin, "{\"defaultDueTime\":null}");
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(cleared.body()).get("defaultDueTime").isNull()).isTrue();
        assertThat(call("GET", "/api/rotation/settings", admin, null).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/rotation/regenerate", admin, null).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT MAX(due_at) FROM tasks WHERE household_id = ? AND task_date = ?",
                java.sql.Timestamp.class, household.toString(), today()).toInstant())
                .isEqualTo(today().atTime(LocalTime.MAX).atZone(TOKYO).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));

        tx.executeWithoutResult(s -> outbox.publish(ken.toString(), new MemberJoined(household, ken, "Ken", null,
                MemberRole.MEMBER, true, "default", "#123456")));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? "
                + "AND assignee_member_id = ?", Integer.class, household.toString(), ken.toString()) > 0);
    }

    @Test
    void emptyOrRepeatedCandidatesAreAFieldErrorNotA500() throws Exception {
        Family family = family(MONDAY, false);
        UUID household = family.household();
        UUID hana = family.hana();
        String admin = family.admin();
        String chore = createChore(admin, "{\"name\":\"Sweep\",\"weight\":1,\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":1}}");
        for (String candidates : List.of("[null]", "[\"" + hana + "\",\"" + hana + "\"]")) {
            String body = "{\"name\":\"Sweep\",\"weight\":1,\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":1},"
                    + "\"candidateMemberIds\":" + candidates + "}";
            for (HttpResponse<String> r : List.of(call("POST", "/api/chores", admin, body),
                    call("PATCH", "/api/chores/" + chore, admin, body))) {
                assertThat(r.statusCode()).as(candidates).isEqualTo(400);
                assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
                assertThat(r.body()).contains("candidateMemberIds");
            }
        }
    }

    private record Family(UUID household, UUID hana, String admin) {
    }

    /** Hana (admin) and, if wanted, Ken (member) in Tokyo at {@code localNow}, with today's roster planned. */
    private Family family(LocalDateTime localNow, boolean withKen) {
        clock().setLocal(localNow, TOKYO);
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        List<Person> people = withKen
                ? List.of(new Person(hana, "Hana", MemberRole.ADMIN), new Person(UUID.randomUUID(), "Ken", MemberRole.MEMBER))
                : List.of(new Person(hana, "Hana", MemberRole.ADMIN));
        announce(household, "en", people);
        awaitRoster(household, people.size());
        return new Family(household, hana, tokens.token(household, hana, "ADMIN"));
    }

    private String createChore(String token, String json) throws Exception {
        HttpResponse<String> created = call("POST", "/api/chores", token, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private List<LocalDate> datesOf(String chore) {
        return jdbc.queryForList("SELECT task_date FROM tasks WHERE chore_id = ? ORDER BY task_date", LocalDate.class, chore);
    }

    private int openCount(String chore) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE chore_id = ? AND status = 'OPEN'", Integer.class, chore);
    }

    private Map<String, Double> balances(String token) throws Exception {
        Map<String, Double> byName = new java.util.TreeMap<>();
        for (JsonNode m : JSON.readTree(call("GET", "/api/dashboard", token, null).body()).get("members")) {
            byName.put(m.get("name").asString(), m.get("ledgerBalance").asDouble());
        }
        return byName;
    }

    private static double sum(Map<String, Double> balances) {
        return balances.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private List<String> overdueIds(String token) throws Exception {
        return JSON.readTree(call("GET", "/api/dashboard", token, null).body()).get("overdue").findValuesAsString("id");
    }
}
