package jp.kajimaru.notification.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TaskReopened;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.notification.support.NotificationApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminder timing by the pinned clock: the evening before and the morning of in the household's zone (Tokyo, and
 * Berlin across the 2027 switch to summer time), moved with the task, cancelled when it is done, caught up late once
 * after downtime, and sent once by two replicas claiming at the same moment. The periodic sender is off here; the
 * test calls it as each replica's scheduler would.
 */
@TestPropertySource(properties = "kajimaru.notifications.reminders.enabled=false")
class ReminderTimingTest extends NotificationApiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired ReminderService reminders;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    private final UUID household = UUID.randomUUID();
    private final Person ken = Person.of("健", MemberRole.MEMBER);
    private final Person hana = Person.of("花子", MemberRole.ADMIN);

    private UUID assign(UUID household, UUID member, String chore, LocalDate day, Instant dueAt) {
        UUID task = UUID.randomUUID();
        deliver(new TaskAssigned(household, task, UUID.randomUUID(), chore, day, dueAt, 2, member));
        return task;
    }

    private Map<String, Object> reminder(UUID task, String kind) {
        // A reminder goes to its task's assignee (the task replica's), read with it.
        return jdbc.queryForMap("SELECT t.assignee_member_id AS member_id, r.due_at, r.status FROM reminders r "
                + "JOIN tasks t ON t.id = r.task_id WHERE r.task_id = ? AND r.kind = ?",
                task.toString(), kind);
    }

    private Instant due(UUID task, String kind) {
        return ((java.sql.Timestamp) jdbc.queryForObject("SELECT due_at FROM reminders WHERE task_id = ? AND kind = ?",
                (rs, i) -> rs.getTimestamp(1), task.toString(), kind)).toInstant();
    }

    @Test
    void tokyoGetsTheEveningBeforeAt21AndTheMorningOfAt07() {
        household(household, "ja", TOKYO, List.of(hana, ken));
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        UUID task = assign(household, ken.id(), "ゴミ出し", wednesday, LocalDateTime.of(2026, 12, 2, 8, 0).atZone(TOKYO).toInstant());
        assertThat(due(task, "EVENING")).isEqualTo(at("2026-12-01T12:00:00Z"));
        assertThat(due(task, "MORNING")).isEqualTo(at("2026-12-01T22:00:00Z"));

        clock().setLocal(LocalDateTime.of(2026, 12, 1, 20, 59, 59), TOKYO);
        reminders.sendDue(50);
        assertThat(count(ken.id())).isZero();

        clock().setLocal(LocalDateTime.of(2026, 12, 1, 21, 0), TOKYO);
        reminders.sendDue(50);
        assertThat(messages(ken.id())).singleElement().satisfies(m -> {
            assertThat(m.get("kind")).isEqualTo("REMINDER_EVENING");
            assertThat(m.get("title")).isEqualTo("明日の当番：ゴミ出し");
            assertThat(m.get("body")).isEqualTo("明日 12月2日(水) は「ゴミ出し」の担当です（08:00まで）。");
        });
        // A second round at the same time sends nothing more.
        reminders.sendDue(50);
        assertThat(count(ken.id())).isEqualTo(1);

        clock().setLocal(LocalDateTime.of(2026, 12, 2, 7, 0), TOKYO);
        reminders.sendDue(50);
        assertThat(messages(ken.id())).extracting(m -> m.get("body")).first()
                .isEqualTo("今日 12月2日(水) は「ゴミ出し」の担当です（08:00まで）。");
        assertThat(count(hana.id())).isZero();
    }

    @Test
    void berlinKeepsItsLocalTimesAcrossTheSwitchToSummerTime() {
        Person anna = Person.of("Anna", MemberRole.ADMIN);
        household(household, "en", BERLIN, List.of(anna));
        // Sunday 28 March 2027: clocks go from 02:00 CET to 03:00 CEST.
        UUID onSwitchDay = assign(household, anna.id(), "Dishes", LocalDate.of(2027, 3, 28), null);
        UUID dayAfter = assign(household, anna.id(), "Laundry", LocalDate.of(2027, 3, 29), null);
        assertThat(due(onSwitchDay, "EVENING")).isEqualTo(at("2027-03-27T20:00:00Z")); // 21:00 CET
        assertThat(due(onSwitchDay, "MORNING")).isEqualTo(at("2027-03-28T05:00:00Z")); // 07:00 CEST
        assertThat(due(dayAfter, "EVENING")).isEqualTo(at("2027-03-28T19:00:00Z"));    // 21:00 CEST

        clock().set(at("2027-03-27T19:59:00Z"));
        reminders.sendDue(50);
        assertThat(count(anna.id())).isZero();
        clock().set(at("2027-03-27T20:00:00Z"));
        reminders.sendDue(50);
        assertThat(messages(anna.id())).extracting(m -> m.get("body"))
                .containsExactly("Reminder: you do Dishes tomorrow, Sun, Mar 28.");
        clock().set(at("2027-03-28T05:00:00Z"));
        reminders.sendDue(50);
        assertThat(messages(anna.id())).extracting(m -> m.get("title")).first().isEqualTo("Today: Dishes");
        clock().set(at("2027-03-28T19:00:00Z"));
        reminders.sendDue(50);
        assertThat(messages(anna.id())).extracting(m -> m.get("title")).first().isEqualTo("Tomorrow: Laundry");
        assertThat(count(anna.id())).isEqualTo(3);
    }

    @Test
    void aCompletedTaskIsNotRemindedAndAReopenedOneIsAgain() {
        household(household, "ja", TOKYO, List.of(hana, ken));
        UUID task = assign(household, ken.id(), "洗濯", LocalDate.of(2026, 12, 3), null);
        deliver(new TaskCompleted(household, task, UUID.randomUUID(), "洗濯", LocalDate.of(2026, 12, 3), ken.id(), ken.id(),
                at("2026-11-30T01:00:00Z"), null));
        clock().setLocal(LocalDateTime.of(2026, 12, 2, 21, 0), TOKYO);
        reminders.sendDue(50);
        assertThat(count(ken.id())).isZero();
        assertThat(reminder(task, "EVENING").get("status")).isEqualTo("CANCELLED");

        deliver(new TaskReopened(household, task, UUID.randomUUID(), LocalDate.of(2026, 12, 3), hana.id()));
        clock().setLocal(LocalDateTime.of(2026, 12, 3, 7, 0), TOKYO);
        reminders.sendDue(50);
        assertThat(messages(ken.id())).extracting(m -> m.get("kind")).containsExactly("REMINDER_MORNING");
    }

    @Test
    void aMovedTaskIsRemindedAtItsNewTimeToItsNewAssignee() {
        household(household, "ja", TOKYO, List.of(hana, ken));
        UUID task = assign(household, ken.id(), "掃除機", LocalDate.of(2026, 12, 2), null);
        deliver(new TaskReassigned(household, task, UUID.randomUUID(), "掃除機", LocalDate.of(2026, 12, 4), ken.id(), hana.id(),
                ReassignReason.ADMIN));
        assertThat(reminder(task, "EVENING").get("member_id")).isEqualTo(hana.id().toString());
        assertThat(due(task, "EVENING")).isEqualTo(at("2026-12-03T12:00:00Z"));

        clock().setLocal(LocalDateTime.of(2026, 12, 2, 7, 0), TOKYO);
        reminders.sendDue(50);
        assertThat(count(ken.id())).isZero();
        clock().setLocal(LocalDateTime.of(2026, 12, 3, 21, 0), TOKYO);
        reminders.sendDue(50);
        assertThat(messages(hana.id())).extracting(m -> m.get("kind")).contains("REMINDER_EVENING");
        assertThat(count(ken.id())).isZero();
    }

    @Test
    void afterDowntimeADueReminderGoesOutLateOnceAndAnOutdatedOneIsDropped() {
        household(household, "ja", TOKYO, List.of(hana, ken));
        UUID late = assign(household, ken.id(), "皿洗い", LocalDate.of(2026, 12, 2), null);
        UUID done = assign(household, hana.id(), "料理", LocalDate.of(2026, 12, 2), null);
        deliver(new TaskCompleted(household, done, UUID.randomUUID(), "料理", LocalDate.of(2026, 12, 2), hana.id(), hana.id(),
                at("2026-11-30T01:00:00Z"), null));
        // Down from before 21:00 until 23:30: Ken's evening reminder goes out late, once; Hana's task is done.
        clock().setLocal(LocalDateTime.of(2026, 12, 1, 23, 30), TOKYO);
        reminders.sendDue(1); // one at a time, as a restarted sender would work through a backlog
        reminders.sendDue(50);
        reminders.sendDue(50);
        assertThat(messages(ken.id())).extracting(m -> m.get("kind")).containsExactly("REMINDER_EVENING");
        assertThat(reminder(late, "EVENING").get("status")).isEqualTo("SENT");
        // The lag shows the catch-up: two and a half hours late.
        assertThat(meters.timer("kajimaru.notifications.reminder.lag", "kind", "EVENING")
                .max(java.util.concurrent.TimeUnit.MINUTES)).isGreaterThanOrEqualTo(150.0);

        // Then a long outage covers the evening before the 3rd and its morning.
        UUID tomorrow = assign(household, ken.id(), "ゴミ出し", LocalDate.of(2026, 12, 3), null);
        clock().setLocal(LocalDateTime.of(2026, 12, 3, 9, 0), TOKYO);
        reminders.sendDue(50);
        // The evening before the 3rd was superseded by the morning of the 3rd: only the morning one goes out.
        assertThat(reminder(tomorrow, "EVENING").get("status")).isEqualTo("SKIPPED");
        assertThat(reminder(tomorrow, "MORNING").get("status")).isEqualTo("SENT");
        // The 2nd is over: its morning reminder is dropped, not sent a day late.
        assertThat(reminder(late, "MORNING").get("status")).isEqualTo("SKIPPED");
        assertThat(messages(ken.id())).extracting(m -> m.get("kind")).containsExactly("REMINDER_MORNING", "REMINDER_EVENING");
        assertThat(count(hana.id())).isZero();
    }

    @Test
    void twoReplicasSendingAtOnceSendEachReminderOnce() throws Exception {
        household(household, "ja", TOKYO, List.of(hana, ken));
        int tasks = 40;
        for (int i = 0; i < tasks; i++) {
            assign(household, i % 2 == 0 ? ken.id() : hana.id(), "家事" + i, LocalDate.of(2026, 12, 2), null);
        }
        clock().setLocal(LocalDateTime.of(2026, 12, 1, 21, 0), TOKYO);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimed = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                Callable<Integer> replica = () -> {
                    start.await();
                    int total = 0;
                    int n;
                    do {
                        n = reminders.sendDue(5);
                        total += n;
                    } while (n > 0);
                    return total;
                };
                claimed.add(replicas.submit(replica));
            }
            int sum = claimed.get(0).get() + claimed.get(1).get();
            assertThat(sum).isEqualTo(tasks);
        } finally {
            replicas.shutdownNow();
        }
        assertThat(count(ken.id()) + count(hana.id())).isEqualTo(tasks);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminders WHERE household_id = ? AND kind = 'EVENING' AND status = 'SENT'",
                Integer.class, household.toString())).isEqualTo(tasks);
    }
}
