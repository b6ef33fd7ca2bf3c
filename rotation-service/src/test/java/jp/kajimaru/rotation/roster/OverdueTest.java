package jp.kajimaru.rotation.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A task past its due time is flagged overdue and announced exactly once, however often the check runs. */
@TestPropertySource(properties = {"kajimaru.rotation.overdue-initial-delay=200ms", "kajimaru.rotation.overdue-every=200ms"})
class OverdueTest extends RotationApiTest {

    @Test
    void aTaskDueEarlierTodayBecomesOverdueOnce() throws Exception {
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN)));
        String token = tokens.token(household, hana, "ADMIN");
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM members WHERE household_id = ?", Integer.class, household.toString()) == 1);
        assertThat(call("POST", "/api/chores", token, "{\"name\":\"Feed the cat\",\"weight\":1,"
                + "\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":127},\"dueTime\":\"00:00\"}").statusCode()).isEqualTo(201);
        assertThat(call("POST", "/api/rotation/regenerate", token, null).statusCode()).isEqualTo(200);

        String task = jdbc.queryForObject("SELECT id FROM tasks WHERE household_id = ? AND chore_name = 'Feed the cat' AND task_date = ?",
                String.class, household.toString(), today());
        await().atMost(Duration.ofSeconds(30)).until(() -> overdueEvents(task) == 1);
        // A later overdue task proves the check has run again since; the first is not announced twice.
        assertThat(call("POST", "/api/chores", token, "{\"name\":\"Water the plants\",\"weight\":1,"
                + "\"schedule\":{\"kind\":\"WEEKDAYS\",\"weekdays\":127},\"dueTime\":\"00:00\"}").statusCode()).isEqualTo(201);
        call("POST", "/api/rotation/regenerate", token, null);
        String later = jdbc.queryForObject("SELECT id FROM tasks WHERE household_id = ? AND chore_name = 'Water the plants' "
                + "AND task_date = ?", String.class, household.toString(), today());
        await().atMost(Duration.ofSeconds(30)).until(() -> overdueEvents(later) == 1);
        assertThat(overdueEvents(task)).isEqualTo(1);
        assertThat(call("GET", "/api/dashboard", token, null).body()).contains("\"overdue\":true");
    }

    @Test
    void aHouseholdDefaultDueTimeAppliesToChoresWithoutTheirOwn() throws Exception {
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        UUID ken = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN), new Person(ken, "Ken", MemberRole.MEMBER)));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? "
                + "AND task_date = ? AND assignee_member_id IS NOT NULL", Integer.class, household.toString(),
                today()) > 0);
        assertThat(call("PATCH", "/api/rotation/settings", tokens.token(household, ken, "MEMBER"),
                "{\"defaultDueTime\":\"00:00\"}").statusCode()).isEqualTo(403);
        var patched = call("PATCH", "/api/rotation/settings", tokens.token(household, hana, "ADMIN"), "{\"defaultDueTime\":\"00:00\"}");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(patched.body()).contains("\"defaultDueTime\":\"00:00:00\"", "\"rotationUnit\":\"WEEKLY\"");
        // Today's default chores were due at the end of the day; now they were due at midnight, so they are overdue.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE household_id = ? "
                + "AND event_type = 'TaskOverdue'", Integer.class, household.toString()) > 0);
    }

    private int overdueEvents(String task) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE event_type = 'TaskOverdue' AND aggregate_id = ?",
                Integer.class, task);
    }
}
