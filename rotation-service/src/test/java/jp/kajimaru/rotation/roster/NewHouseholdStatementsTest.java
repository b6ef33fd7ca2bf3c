package jp.kajimaru.rotation.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.rotation.support.RotationApiTest;
import jp.kajimaru.rotation.task.Task;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setting up a new household (its HouseholdCreated and its founder's MemberJoined: replica, eleven starter chores,
 * the week planned) costs a bounded number of statements, not two per starter chore. Under load every statement is a
 * round trip through a busy machine: asking "is this starter chore there yet?" once per chore flushed the previous
 * insert each time, 22 of the ~45 statements of a HouseholdCreated (MariaDB general log, issue #14).
 */
// The same properties as DashboardQueryCountTest, so both share one application context.
@TestPropertySource(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "kajimaru.rotation.plan-initial-delay=1h", "kajimaru.rotation.overdue-initial-delay=1h"})
class NewHouseholdStatementsTest extends RotationApiTest {

    @Autowired EntityManagerFactory entityManagers;
    @Autowired RosterPlanner planner;

    @Test
    void aNewHouseholdIsSetUpWithoutAStatementPerStarterChore() {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        UUID household = UUID.randomUUID();
        statistics.clear();

        announce(household, "en", List.of(new Person(UUID.randomUUID(), "Hana", MemberRole.ADMIN)));
        awaitRoster(household, 1);

        long starterChores = jdbc.queryForObject("SELECT COUNT(*) FROM chores WHERE household_id = ?", Long.class,
                household.toString());
        long statements = statistics.getPrepareStatementCount();
        EntityStatistics tasks = statistics.getEntityStatistics(Task.class.getName());
        assertThat(starterChores).isGreaterThanOrEqualTo(10);
        // The first week is planned once the founder is known: each task inserted with its assignee, none updated.
        assertThat(tasks.getInsertCount()).as("the first week's occurrences").isPositive();
        assertThat(tasks.getUpdateCount()).as("tasks moved to the founder after an empty plan").isZero();
        // 35 now: about thirteen reads and the writes of each event. Asked per starter chore (and read again before
        // each insert of a replica row) it was 57.
        assertThat(statements).as("Hibernate statements for HouseholdCreated and MemberJoined").isLessThanOrEqualTo(40);
    }

    @Test
    void aNewWeeksTasksAreWrittenOnceWithTheirAssignees() {
        clock().setLocal(java.time.LocalDateTime.parse("2026-12-02T09:00"), TOKYO); // Wednesday
        UUID household = UUID.randomUUID();
        announce(household, "en", List.of(new Person(UUID.randomUUID(), "Hana", MemberRole.ADMIN),
                new Person(UUID.randomUUID(), "Ken", MemberRole.MEMBER)));
        awaitRoster(household, 2);
        clock().setLocal(java.time.LocalDateTime.parse("2026-12-07T09:00"), TOKYO); // the next Monday
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        planner.ensureCurrent(household);

        EntityStatistics tasks = statistics.getEntityStatistics(Task.class.getName());
        assertThat(tasks.getInsertCount()).as("the week's occurrences").isGreaterThanOrEqualTo(20);
        // Inserted after the assignment, not inserted bare and then given an assignee by an UPDATE each.
        assertThat(tasks.getUpdateCount()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE household_id = ? AND task_date >= ? "
                + "AND assignee_member_id IS NULL", Integer.class, household.toString(), LocalDate.of(2026, 12, 7))).isZero();
    }
}
