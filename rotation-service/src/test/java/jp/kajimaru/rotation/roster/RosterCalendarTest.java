package jp.kajimaru.rotation.roster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A family's day, driven by user-service's events over Kafka, on a table of awkward dates: every weekday, a month
 * end, a year end, 29 February, both daylight-saving changes in Berlin, and households far ahead of and behind the
 * server's UTC. The roster appears as soon as the household and its members exist, with exactly the default chores
 * of that weekday, tasks are completed and undone, a member who becomes busy loses the tasks of that day, and one
 * household never sees another's tasks.
 */
class RosterCalendarTest extends RotationApiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Default chores: seven every day, lunch at weekends, rooms on Saturday, toilet and entrance on Sunday. */
    static Stream<Arguments> days() {
        return Stream.of(
                Arguments.of("Monday", LocalDateTime.parse("2026-11-30T09:00"), TOKYO, 7),
                Arguments.of("Tuesday", LocalDateTime.parse("2026-12-01T09:00"), TOKYO, 7),
                Arguments.of("Wednesday", LocalDateTime.parse("2026-12-02T09:00"), TOKYO, 7),
                Arguments.of("Thursday", LocalDateTime.parse("2026-12-03T09:00"), TOKYO, 7),
                Arguments.of("Friday", LocalDateTime.parse("2026-12-04T09:00"), TOKYO, 7),
                Arguments.of("Saturday", LocalDateTime.parse("2026-12-05T09:00"), TOKYO, 9),
                Arguments.of("Sunday, the week's last day", LocalDateTime.parse("2026-12-06T09:00"), TOKYO, 10),
                Arguments.of("year end, late evening", LocalDateTime.parse("2026-12-31T23:30"), TOKYO, 7),
                Arguments.of("month end on a Sunday", LocalDateTime.parse("2027-01-31T09:00"), TOKYO, 10),
                Arguments.of("29 February", LocalDateTime.parse("2028-02-29T09:00"), TOKYO, 7),
                Arguments.of("clocks go forward in Berlin", LocalDateTime.parse("2027-03-28T12:00"), BERLIN, 10),
                Arguments.of("clocks go back in Berlin", LocalDateTime.parse("2027-10-31T12:00"), BERLIN, 10),
                Arguments.of("UTC+14, a day ahead of the server", LocalDateTime.parse("2026-12-02T01:00"),
                        ZoneId.of("Pacific/Kiritimati"), 7),
                Arguments.of("UTC-8, a day behind the server", LocalDateTime.parse("2026-12-01T20:00"),
                        ZoneId.of("America/Los_Angeles"), 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void aFamilysDay(String label, LocalDateTime localNow, ZoneId zone, int defaultChoresToday) throws Exception {
        clock().setLocal(localNow, zone);
        LocalDate today = localNow.toLocalDate();
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        UUID ken = UUID.randomUUID();
        UUID taro = UUID.randomUUID();
        announce(household, "ja", zone, List.of(new Person(hana, "Hana", MemberRole.ADMIN),
                new Person(ken, "Ken", MemberRole.MEMBER), new Person(taro, "Taro", MemberRole.CHILD)));
        String admin = tokens.token(household, hana, "ADMIN");

        await().atMost(Duration.ofSeconds(60)).until(() -> tasksOn(household, today) > 0 && unassignedOn(household, today) == 0
                && jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE household_id = ?", Integer.class,
                household.toString()) == 3);
        JsonNode dashboard = JSON.readTree(get("/api/dashboard", admin).body());
        assertThat(dashboard.get("today").asString()).isEqualTo(today.toString());
        assertThat(dashboard.get("todayTasks").size()).isEqualTo(defaultChoresToday);
        assertThat(dashboard.get("members").size()).isEqualTo(3);
        assertThat(dashboard.get("completionTodayPercent").asInt()).isZero();
        assertThat(dashboard.get("overdue").size()).as("nothing is due before the end of the day").isZero();
        // The weighted load of the week is spread: every adult has a part of it (who does what today is fairness's call).
        for (JsonNode m : dashboard.get("members")) {
            if (!"Taro".equals(m.get("name").asString())) {
                assertThat(m.get("weightThisPeriod").asInt()).as(m.get("name").asString()).isPositive();
            }
        }
        JsonNode task = dashboard.get("todayTasks").get(0);
        String taskId = task.get("id").asString();
        UUID holder = UUID.fromString(task.get("assigneeMemberId").asString());
        HttpResponse<String> done = send("PUT", "/api/tasks/" + taskId + "/completion", admin);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).get("status").asString()).isEqualTo("DONE");
        assertThat(JSON.readTree(get("/api/dashboard", admin).body()).get("completionTodayPercent").asInt()).isPositive();
        assertThat(send("DELETE", "/api/tasks/" + taskId + "/completion", admin).statusCode()).isEqualTo(200);
        assertThat(get("/api/tasks/" + taskId + "/explanation", admin).body()).contains("loadBefore");

        // Another member who is not an admin cannot complete it; a stranger household cannot see it at all.
        UUID other = holder.equals(ken) ? taro : ken;
        assertThat(send("PUT", "/api/tasks/" + taskId + "/completion",
                tokens.token(household, other, other.equals(ken) ? "MEMBER" : "CHILD")).statusCode()).isEqualTo(403);
        String stranger = tokens.token(UUID.randomUUID(), UUID.randomUUID(), "ADMIN");
        assertThat(send("PUT", "/api/tasks/" + taskId + "/completion", stranger).statusCode()).isEqualTo(404);
        assertThat(get("/api/tasks?from=" + today + "&to=" + today, stranger).body()).isEqualTo("[]");

        // The holder becomes busy for today (in the household's calendar): their open tasks of today move to the others.
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        Instant startOfTomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        tx.executeWithoutResult(s -> outbox.publish(holder.toString(), new MemberBusyChanged(household, holder, true,
                startOfToday, startOfTomorrow)));
        await().atMost(Duration.ofSeconds(60)).until(() -> openOf(household, holder, today) == 0);
        assertThat(unassignedOn(household, today)).isZero();
        assertThat(tasksOn(household, today)).isEqualTo(defaultChoresToday);
        assertThat(jdbc.queryForList("SELECT payload FROM outbox WHERE household_id = ? AND event_type = 'TasksReassigned'",
                String.class, household.toString())).anySatisfy(p -> assertThat(p).contains("\"reason\":\"BUSY\""));
        assertThat(startOfTomorrow.minus(1, ChronoUnit.NANOS).atZone(zone).toLocalDate()).isEqualTo(today);
    }

    private int tasksOn(UUID household, LocalDate day) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ?", Integer.class,
                household.toString(), day);
    }

    private int unassignedOn(UUID household, LocalDate day) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ? AND assignee_member_id IS NULL",
                Integer.class, household.toString(), day);
    }

    private int openOf(UUID household, UUID member, LocalDate day) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date = ? AND status = 'OPEN' "
                + "AND assignee_member_id = ?", Integer.class, household.toString(), day, member.toString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return call("GET", path, token, null);
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        return call(method, path, token, null);
    }
}
