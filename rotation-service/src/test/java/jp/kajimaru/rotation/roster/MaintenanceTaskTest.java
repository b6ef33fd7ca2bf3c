package jp.kajimaru.rotation.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.events.inventory.MaintenanceDone;
import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** inventory-service's MaintenanceDue / MaintenanceDone, through the real topic and inbox. */
class MaintenanceTaskTest extends RotationApiTest {

    @Test
    void aDueCycleBecomesOneFairlyAssignedTaskWhoseCompletionNamesTheMaintenanceTask() throws Exception {
        UUID household = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        UUID max = UUID.randomUUID();
        announce(household, "ja", List.of(new Person(ann, "Ann", MemberRole.ADMIN), new Person(max, "Max", MemberRole.MEMBER)));
        awaitRoster(household, 2);
        UUID maintenance = UUID.randomUUID();
        MaintenanceDue due = new MaintenanceDue(household, maintenance, UUID.randomUUID(), "エアコン", "フィルター掃除",
                today().minusDays(2), 4);
        // Delivered twice (two events, as a resend would be): still one task.
        tx.executeWithoutResult(s -> outbox.publish(maintenance.toString(), due));
        tx.executeWithoutResult(s -> outbox.publish(maintenance.toString(), due));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbox WHERE consumer = 'rotation.inventory-events' AND event_type = 'MaintenanceDue' "
                        + "AND event_id IN (SELECT event_id FROM outbox WHERE aggregate_id = ?)", Integer.class,
                maintenance.toString()) == 2);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, chore_name, task_date, assignee_member_id, origin, weight "
                + "FROM tasks WHERE external_ref = ?", maintenance.toString());
        assertThat(rows).hasSize(1);
        Map<String, Object> task = rows.get(0);
        assertThat(task.get("chore_name")).isEqualTo("エアコン: フィルター掃除");
        assertThat(task.get("task_date").toString()).isEqualTo(today().toString());
        assertThat(task.get("origin")).isEqualTo("MAINTENANCE");
        assertThat(((Number) task.get("weight")).intValue()).as("inventory's weight for the job").isEqualTo(4);
        String assignee = (String) task.get("assignee_member_id");
        assertThat(assignee).isIn(ann.toString(), max.toString());
        String id = (String) task.get("id");

        String annToken = tokens.token(household, ann, "ADMIN");
        assertThat(call("GET", "/api/dashboard", annToken, null).body()).contains("エアコン: フィルター掃除", id);

        // Without a chore it still goes through a substitute: the other member takes it over, then completes it.
        UUID other = assignee.equals(ann.toString()) ? max : ann;
        String holderToken = tokens.token(household, UUID.fromString(assignee), assignee.equals(ann.toString()) ? "ADMIN" : "MEMBER");
        String otherToken = tokens.token(household, other, other.equals(ann) ? "ADMIN" : "MEMBER");
        var asked = call("POST", "/api/tasks/" + id + "/substitute-requests", holderToken, "{}");
        assertThat(asked.statusCode()).isIn(200, 201);
        String request = JSON.readTree(asked.body()).get("id").asString();
        assertThat(call("POST", "/api/substitute-requests/" + request + "/accept", otherToken, null).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT assignee_member_id FROM tasks WHERE id = ?", String.class, id))
                .isEqualTo(other.toString());
        assertThat(call("PUT", "/api/tasks/" + id + "/completion", otherToken, null).statusCode()).isEqualTo(200);
        String completed = jdbc.queryForObject("SELECT payload FROM outbox WHERE aggregate_id = ? AND event_type = 'TaskCompleted'",
                String.class, id);
        assertThat(JSON.readTree(completed).get("externalRef").asString()).isEqualTo(maintenance.toString());
    }

    @Test
    void markedDoneInInventoryRemovesOnlyThatHouseholdsOpenCycleWithoutACompletion() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        announce(a, "en", List.of(new Person(ann, "Ann", MemberRole.ADMIN)));
        announce(b, "en", List.of(new Person(UUID.randomUUID(), "Bob", MemberRole.ADMIN)));
        awaitRoster(a, 1);
        awaitRoster(b, 1);
        UUID maintenance = UUID.randomUUID();
        UUID equipment = UUID.randomUUID();
        LocalDate firstDue = today().plusDays(3);
        LocalDate nextDue = today().plusDays(33);
        String key = maintenance.toString();
        tx.executeWithoutResult(s -> outbox.publish(key, new MaintenanceDue(a, maintenance, equipment, "Washer", "Drum clean", firstDue)));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(maintenance, firstDue) == 1);
        String first = jdbc.queryForObject("SELECT id FROM tasks WHERE external_ref = ? AND external_due = ?", String.class,
                key, firstDue);
        assertThat(jdbc.queryForObject("SELECT task_date FROM tasks WHERE id = ?", LocalDate.class, first)).isEqualTo(firstDue);
        assertThat(jdbc.queryForObject("SELECT assignee_member_id FROM tasks WHERE id = ?", String.class, first))
                .isEqualTo(ann.toString());

        // Household B's news about the same id touches nothing of A's; the next cycle (same key, so after it) arrives.
        tx.executeWithoutResult(s -> {
            outbox.publish(key, new MaintenanceDone(b, maintenance, equipment, today(), null, nextDue));
            outbox.publish(key, new MaintenanceDue(a, maintenance, equipment, "Washer", "Drum clean", nextDue));
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> count(maintenance, nextDue) == 1);
        assertThat(count(maintenance, firstDue)).isEqualTo(1);

        // Done by hand in A: the first cycle's task goes (no TaskCompleted), the next cycle's stays.
        tx.executeWithoutResult(s -> outbox.publish(key, new MaintenanceDone(a, maintenance, equipment, today(), ann, nextDue)));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(maintenance, firstDue) == 0);
        assertThat(count(maintenance, nextDue)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE aggregate_id = ? AND event_type = 'TaskCompleted'",
                Integer.class, first)).isZero();
    }

    private int count(UUID maintenance, LocalDate due) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE external_ref = ? AND external_due = ?", Integer.class,
                maintenance.toString(), due);
    }
}
