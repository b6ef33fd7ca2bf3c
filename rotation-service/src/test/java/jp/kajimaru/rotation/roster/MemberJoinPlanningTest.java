package jp.kajimaru.rotation.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import org.junit.jupiter.api.Test;
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
        tx.executeWithoutResult(s -> outbox.publish(ken.toString(), new MemberJoined(household, ken, "Ken", null,
                MemberRole.MEMBER, true, "default", "#123456")));

        await().atMost(Duration.ofSeconds(60)).until(() -> tasksFrom(household, nextMonday, ken) > 0);
        int nextWeek = tasksFrom(household, nextMonday, null);
        assertThat(nextWeek).as("next week planned").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date >= ? "
                + "AND assignee_member_id IS NULL", Integer.class, household.toString(), nextMonday)).isZero();
        assertThat(tasksFrom(household, nextMonday, hana)).as("Hana keeps a part").isPositive();
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
