package jp.kajimaru.notification.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import jp.kajimaru.events.rotation.RosterAssignment;
import jp.kajimaru.events.rotation.RosterPublishedV2;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.RosterShare;
import jp.kajimaru.events.rotation.TaskMove;
import jp.kajimaru.events.rotation.TasksReassigned;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.notification.support.NotificationApiTest;
import jp.kajimaru.notification.support.SchedulesOff;
import jp.kajimaru.notification.task.Reminder;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1 when a roster (ADR 0015) or a pass of moves (ADR 0016) arrives: 40 tasks cost the same number of SQL
 * statements as 4 (Hibernate's statistics around the delivery; the inbox's own JDBC is outside them and constant too).
 * Before, each assignment read and wrote its task and two reminders one by one. A message each costs a fixed few.
 */
// Hibernate's statistics count every session: with the schedules off only the delivery's statements count.
@SchedulesOff
class RosterQueryCountTest extends NotificationApiTest {

    // 2026-11-30T00:00Z = Monday 30 November, 09:00 in Tokyo; tasks from the day after tomorrow, so no message each.
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 2);

    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void aRosterOfFortyTasksCostsAsManyStatementsAsOneOfFour() {
        long four = statementsFor(4);
        long forty = statementsFor(40);

        assertThat(forty).isEqualTo(four);
    }

    @Test
    void fortyMovesCostAsManyStatementsAsFour() {
        long four = statementsForMoves(4);
        long forty = statementsForMoves(40);

        assertThat(forty).isEqualTo(four);
    }

    @Test
    void eachMessageOfAPassCostsAFewStatements() {
        long four = statementsForMoves(4, ReassignReason.BUSY);
        long forty = statementsForMoves(40, ReassignReason.BUSY);

        // A busy member's moves tell the new holder of each. Per message: the look for one of the same cause, the
        // member's preferences and the household's webhooks, the message and its inbox delivery written; after the
        // commit, in one transaction for all of them, the message read, listed and its delivery marked sent. The
        // member is read once per transaction. (15 before the deliveries were batched and the member cached.)
        assertThat((forty - four) / 36.0).isLessThanOrEqualTo(8.0);
    }

    private long statementsForMoves(int taskCount) {
        return statementsForMoves(taskCount, ReassignReason.REGENERATED);
    }

    private long statementsForMoves(int taskCount, ReassignReason reason) {
        UUID household = UUID.randomUUID();
        Person hana = Person.of("花子", MemberRole.ADMIN);
        Person ken = Person.of("健", MemberRole.MEMBER);
        household(household, "ja", TOKYO, List.of(hana, ken));
        List<RosterAssignment> assignments = new ArrayList<>();
        List<TaskMove> moves = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            RosterAssignment a = new RosterAssignment(UUID.randomUUID(), UUID.randomUUID(), "掃除 " + i,
                    FIRST_DAY.plusDays(i % 4), null, 1, hana.id());
            assignments.add(a);
            moves.add(new TaskMove(a.taskId(), a.choreId(), a.choreName(), a.date(), hana.id(), ken.id()));
        }
        deliver(new RosterPublishedV2(household, FIRST_DAY, FIRST_DAY.plusDays(4), taskCount,
                List.of(new RosterShare(hana.id(), taskCount, taskCount)), assignments));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            // Regenerated: nobody is told (as when a member joins), so this counts the replica and reminders alone.
            deliver(new TasksReassigned(household, reason, moves));
            // A move on the same day leaves the task's reminders as they are: they go to whoever holds it then.
            assertThat(statistics.getEntityStatistics(Reminder.class.getName()).getUpdateCount()).isZero();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminders r JOIN tasks t ON t.id = r.task_id "
                    + "WHERE r.household_id = ? AND r.status = 'PENDING' AND t.assignee_member_id = ?", Integer.class,
                    household.toString(), ken.id().toString())).isEqualTo(2 * taskCount);
        }
    }

    private long statementsFor(int taskCount) {
        UUID household = UUID.randomUUID();
        Person hana = Person.of("花子", MemberRole.ADMIN);
        household(household, "ja", TOKYO, List.of(hana));
        List<RosterAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            assignments.add(new RosterAssignment(UUID.randomUUID(), UUID.randomUUID(), "掃除 " + i, FIRST_DAY.plusDays(i % 4),
                    null, 1, hana.id()));
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            deliver(new RosterPublishedV2(household, FIRST_DAY, FIRST_DAY.plusDays(4), taskCount,
                    List.of(new RosterShare(hana.id(), taskCount, taskCount)), assignments));
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminders WHERE household_id = ? AND status = 'PENDING'",
                    Integer.class, household.toString())).isEqualTo(2 * taskCount);
        }
    }
}
