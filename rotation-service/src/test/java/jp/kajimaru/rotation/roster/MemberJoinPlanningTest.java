package jp.kajimaru.rotation.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member who joins is planned in one pass that also starts the periods the household needs: on the current week's
 * last day that is next week too, even when nothing else has planned it yet (the schedulers stay idle here).
 */
// The same properties as DashboardQueryCountTest, so both share one application context.
@TestPropertySource(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "kajimaru.rotation.plan-initial-delay=1h", "kajimaru.rotation.overdue-initial-delay=1h"})
class MemberJoinPlanningTest extends RotationApiTest {

    @Test
    void aMemberJoiningOnTheWeeksLastDayGetsAFairPartOfThisSundayAndOfNextWeek() {
        clock().setLocal(LocalDateTime.parse("2026-11-30T09:00"), TOKYO); // Monday: only this week is planned
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN)));
        awaitRoster(household, 1);
        LocalDate nextMonday = LocalDate.parse("2026-12-07");
        assertThat(tasksFrom(household, nextMonday, null)).as("next week before the join").isZero();

        clock().advance(Duration.ofDays(6)); // Sunday, the week's last day
        UUID ken = UUID.randomUUID();
        join(household, ken);

        await().atMost(Duration.ofSeconds(60)).until(() -> tasksFrom(household, nextMonday, ken) > 0);
        int nextWeek = tasksFrom(household, nextMonday, null);
        assertThat(nextWeek).as("next week planned").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date >= ? "
                + "AND assignee_member_id IS NULL", Integer.class, household.toString(), nextMonday)).isZero();
        assertThat(tasksFrom(household, nextMonday, hana)).as("Hana keeps a part").isPositive();
    }

    @Test
    void theTasksAJoinMovesAreAnnouncedAsOneEvent() {
        clock().setLocal(LocalDateTime.parse("2026-12-02T09:00"), TOKYO); // Wednesday: only this week is planned
        UUID household = UUID.randomUUID();
        UUID hana = UUID.randomUUID();
        announce(household, "en", List.of(new Person(hana, "Hana", MemberRole.ADMIN)));
        awaitRoster(household, 1);

        UUID ken = UUID.randomUUID();
        join(household, ken);
        await().atMost(Duration.ofSeconds(60)).until(() -> tasksFrom(household, LocalDate.parse("2026-12-02"), ken) > 0);

        // One TasksReassigned for the week instead of one TaskReassigned per task (docs/adr/0016).
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE household_id = ? AND event_type = 'TaskReassigned'",
                Integer.class, household.toString())).isZero();
        List<String> passes = jdbc.queryForList("SELECT payload FROM outbox WHERE household_id = ? "
                + "AND event_type = 'TasksReassigned'", String.class, household.toString());
        assertThat(passes).hasSize(1);
        JsonNode pass = JSON.readTree(passes.get(0));
        assertThat(pass.get("reason").asString()).isEqualTo("REGENERATED");
        List<String> moved = new ArrayList<>();
        pass.get("moves").forEach(m -> {
            assertThat(m.get("fromMemberId").asString()).isEqualTo(hana.toString());
            assertThat(m.get("toMemberId").asString()).isEqualTo(ken.toString());
            moved.add(m.get("taskId").asString());
        });
        assertThat(moved).isNotEmpty().doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "SELECT id FROM tasks WHERE household_id = ? AND assignee_member_id = ?", String.class,
                household.toString(), ken.toString()));
    }

    private void join(UUID household, UUID ken) {
        tx.executeWithoutResult(s -> outbox.publish(ken.toString(), new MemberJoined(household, ken, "Ken", null,
                MemberRole.MEMBER, true, "default", "#123456")));
    }

    /** Tasks from {@code from} on, of {@code member} (or of anyone). */
    private int tasksFrom(UUID household, LocalDate from, UUID member) {
        return member == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date >= ?", Integer.class,
                        household.toString(), from)
                : jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date >= ? "
                        + "AND assignee_member_id = ?", Integer.class, household.toString(), from, member.toString());
    }
}
