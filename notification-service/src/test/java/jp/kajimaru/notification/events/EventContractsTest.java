package jp.kajimaru.notification.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.RosterAssignment;
import jp.kajimaru.events.rotation.RosterPublished;
import jp.kajimaru.events.rotation.RosterPublishedV2;
import jp.kajimaru.events.rotation.RosterShare;
import jp.kajimaru.events.rotation.SubstituteAccepted;
import jp.kajimaru.events.rotation.SubstituteClosed;
import jp.kajimaru.events.rotation.SubstituteRequested;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.rotation.TaskMove;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TasksReassigned;
import jp.kajimaru.events.shopping.ShoppingItemApprovalRequested;
import jp.kajimaru.events.shopping.ShoppingItemApproved;
import jp.kajimaru.events.shopping.ShoppingItemRejected;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.events.weather.WeatherRecommendationIssued;
import jp.kajimaru.notification.support.NotificationApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event the issue lists, built from its record in platform/events and fed through the consumer of its topic
 * (whether or not its service publishes it yet): who hears it and what they read, in the household's language and
 * zone.
 */
class EventContractsTest extends NotificationApiTest {

    private final UUID household = UUID.randomUUID();
    private final Person hana = Person.of("花子", MemberRole.ADMIN);
    private final Person ken = Person.of("健", MemberRole.MEMBER);
    private final Person yui = Person.of("結衣", MemberRole.CHILD);
    // 2026-11-30T00:00Z = Monday 30 November, 09:00 in Tokyo.
    private final LocalDate today = LocalDate.of(2026, 11, 30);
    /** Whom each reminder of a task goes to: its task's assignee when it is sent. */
    private static final String REMINDED_MEMBER =
            "SELECT t.assignee_member_id FROM reminders r JOIN tasks t ON t.id = r.task_id WHERE r.task_id = ?";

    @BeforeEach
    void family() {
        household(household, "ja", TOKYO, List.of(hana, ken, yui));
    }

    @Test
    void taskAssignedForTodayTellsTheAssigneeAndLaterOnesWaitForTheRoster() {
        UUID task = UUID.randomUUID();
        deliver(new TaskAssigned(household, task, UUID.randomUUID(), "皿洗い", today, at("2026-11-30T11:00:00Z"), 2, ken.id()));
        deliver(new TaskAssigned(household, UUID.randomUUID(), UUID.randomUUID(), "洗濯", today.plusDays(5), null, 2, ken.id()));

        assertThat(messages(ken.id())).singleElement().satisfies(m -> {
            assertThat(m.get("kind")).isEqualTo("TASK_ASSIGNED");
            assertThat(m.get("title")).isEqualTo("新しい当番：皿洗い");
            assertThat(m.get("body")).isEqualTo("11月30日(月)の「皿洗い」はあなたの担当です（20:00まで）。");
        });
        assertThat(count(hana.id())).isZero();
        // Today's reminders (yesterday 21:00, today 07:00) are past when it is assigned at 09:00: the message above is its
        // notice. The later task has both reminders waiting.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminders WHERE household_id = ? AND status = 'PENDING'",
                Integer.class, household.toString())).isEqualTo(2);
    }

    @Test
    void aReassignmentByAnAdminTellsTheNewAssigneeButARegeneratedOneDoesNot() {
        UUID task = UUID.randomUUID();
        deliver(new TaskAssigned(household, task, UUID.randomUUID(), "風呂掃除", today.plusDays(3), null, 3, ken.id()));
        deliver(new TaskReassigned(household, task, UUID.randomUUID(), "風呂掃除", today.plusDays(3), ken.id(), hana.id(),
                ReassignReason.ADMIN));
        deliver(new TaskReassigned(household, task, UUID.randomUUID(), "風呂掃除", today.plusDays(3), hana.id(), yui.id(),
                ReassignReason.REGENERATED));

        assertThat(messages(hana.id())).extracting(m -> m.get("body"))
                .containsExactly("12月3日(木)の「風呂掃除」があなたの担当になりました。");
        assertThat(count(yui.id())).isZero();
        assertThat(jdbc.queryForList(REMINDED_MEMBER, String.class, task.toString())).containsOnly(yui.id().toString());
    }

    @Test
    void aPassOfMovesActsAsATaskReassignedEach() {
        UUID bath = UUID.randomUUID();
        UUID dishes = UUID.randomUUID();
        deliver(new TaskAssigned(household, bath, UUID.randomUUID(), "風呂掃除", today.plusDays(3), null, 3, ken.id()));
        deliver(new TaskAssigned(household, dishes, UUID.randomUUID(), "皿洗い", today.plusDays(4), null, 2, hana.id()));
        Message<byte[]> busy = record(new TasksReassigned(household, ReassignReason.BUSY, List.of(
                new TaskMove(bath, UUID.randomUUID(), "風呂掃除", today.plusDays(3), ken.id(), hana.id()),
                new TaskMove(dishes, UUID.randomUUID(), "皿洗い", today.plusDays(4), hana.id(), yui.id()))));
        deliver(busy);
        deliver(busy); // redelivered: applied once
        deliver(new TasksReassigned(household, ReassignReason.REGENERATED, List.of(
                new TaskMove(bath, UUID.randomUUID(), "風呂掃除", today.plusDays(3), hana.id(), ken.id()))));

        assertThat(messages(hana.id())).extracting(m -> m.get("body"))
                .containsExactly("12月3日(木)の「風呂掃除」があなたの担当になりました。");
        assertThat(messages(yui.id())).extracting(m -> m.get("body"))
                .containsExactly("12月4日(金)の「皿洗い」があなたの担当になりました。");
        assertThat(count(ken.id())).as("a regenerated move is not announced").isZero();
        assertThat(jdbc.queryForList(REMINDED_MEMBER + " AND r.status = 'PENDING'", String.class, bath.toString()))
                .containsOnly(ken.id().toString()).hasSize(2);
        assertThat(jdbc.queryForList(REMINDED_MEMBER + " AND r.status = 'PENDING'", String.class, dishes.toString()))
                .containsOnly(yui.id().toString()).hasSize(2);
    }

    @Test
    void overdueTellsTheAssignee() {
        deliver(new TaskOverdue(household, UUID.randomUUID(), UUID.randomUUID(), "ゴミ出し", today, at("2026-11-29T23:00:00Z"), ken.id()));
        assertThat(messages(ken.id())).singleElement().satisfies(m -> {
            assertThat(m.get("kind")).isEqualTo("TASK_OVERDUE");
            assertThat(m.get("body")).isEqualTo("11月30日(月)の「ゴミ出し」がまだ終わっていません（08:00まで）。");
        });
    }

    @Test
    void aNewRosterTellsEveryoneTheirOwnShare() {
        deliver(new RosterPublished(household, today, today.plusDays(6), 9,
                List.of(new RosterShare(hana.id(), 4, 8), new RosterShare(ken.id(), 5, 9))));
        assertThat(messages(hana.id())).extracting(m -> m.get("body"))
                .containsExactly("11月30日(月)〜12月6日(日)の当番が決まりました。あなたの担当は4件です。");
        assertThat(messages(ken.id())).extracting(m -> m.get("body")).singleElement().asString().endsWith("あなたの担当は5件です。");
        assertThat(messages(yui.id())).extracting(m -> m.get("body")).singleElement().asString().endsWith("あなたの担当は0件です。");
    }

    @Test
    void aRosterWithItsAssignmentsActsAsATaskAssignedEachAndThenTellsEveryoneTheirShare() {
        UUID dishes = UUID.randomUUID();
        UUID laundry = UUID.randomUUID();
        UUID rubbish = UUID.randomUUID();
        Message<byte[]> roster = record(new RosterPublishedV2(household, today, today.plusDays(6), 3,
                List.of(new RosterShare(hana.id(), 1, 1), new RosterShare(ken.id(), 2, 4)),
                List.of(new RosterAssignment(dishes, UUID.randomUUID(), "皿洗い", today, at("2026-11-30T11:00:00Z"), 2, ken.id()),
                        new RosterAssignment(laundry, UUID.randomUUID(), "洗濯", today.plusDays(5), null, 2, ken.id()),
                        new RosterAssignment(rubbish, UUID.randomUUID(), "ゴミ出し", today.plusDays(1), null, 1, hana.id()))));
        deliver(roster);
        deliver(roster); // redelivered: applied once

        assertThat(messages(ken.id())).extracting(m -> m.get("body")).containsExactly(
                "11月30日(月)〜12月6日(日)の当番が決まりました。あなたの担当は2件です。",
                "11月30日(月)の「皿洗い」はあなたの担当です（20:00まで）。");
        assertThat(messages(hana.id())).extracting(m -> m.get("kind")).containsExactly("ROSTER_PUBLISHED", "TASK_ASSIGNED");
        assertThat(messages(yui.id())).extracting(m -> m.get("body")).singleElement().asString().endsWith("あなたの担当は0件です。");
        // As with one TaskAssigned each: today's reminders are past at 09:00, the later tasks have both waiting.
        assertThat(jdbc.queryForList("SELECT task_id FROM reminders WHERE household_id = ? AND status = 'PENDING'",
                String.class, household.toString())).containsOnly(laundry.toString(), rubbish.toString()).hasSize(4);
    }

    @Test
    void aRostersChoresOfTodayAndTomorrowComeInOneMessagePerMemberNotOneEach() {
        Message<byte[]> roster = record(new RosterPublishedV2(household, today, today.plusDays(6), 4,
                List.of(new RosterShare(hana.id(), 4, 6)),
                List.of(new RosterAssignment(UUID.randomUUID(), UUID.randomUUID(), "ゴミ出し", today.plusDays(1), null, 1, hana.id()),
                        new RosterAssignment(UUID.randomUUID(), UUID.randomUUID(), "皿洗い", today, at("2026-11-30T11:00:00Z"), 2, hana.id()),
                        new RosterAssignment(UUID.randomUUID(), UUID.randomUUID(), "洗濯", today.plusDays(2), null, 2, hana.id()),
                        new RosterAssignment(UUID.randomUUID(), UUID.randomUUID(), "掃除機", today, null, 1, hana.id()))));
        deliver(roster);
        deliver(roster); // redelivered: applied once

        assertThat(messages(hana.id())).extracting(m -> m.get("kind")).containsExactly("ROSTER_PUBLISHED", "TASK_ASSIGNED");
        assertThat(messages(hana.id()).get(1)).satisfies(m -> {
            assertThat(m.get("title")).isEqualTo("新しい当番：皿洗い ほか2件");
            // Today's and tomorrow's, by day and due time; the one of the day after is left to the roster and reminders.
            assertThat(m.get("body")).isEqualTo(
                    "あなたの担当です：11月30日(月)の「皿洗い」（20:00まで）、11月30日(月)の「掃除機」、12月1日(火)の「ゴミ出し」。");
        });
        assertThat(messages(ken.id())).extracting(m -> m.get("kind")).containsExactly("ROSTER_PUBLISHED");
    }

    @Test
    void aSubstituteRequestGoesToTheOthersAndItsOutcomeToTheRequester() {
        UUID task = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        deliver(new TaskAssigned(household, task, UUID.randomUUID(), "買い出し", today.plusDays(2), null, 2, ken.id()));
        deliver(new SubstituteRequested(household, request, task, "買い出し", today.plusDays(2), ken.id(), "出張です",
                at("2026-12-01T12:00:00Z")));
        assertThat(messages(hana.id())).extracting(m -> m.get("title")).containsExactly("健さんが代役を探しています");
        assertThat(messages(hana.id())).extracting(m -> m.get("body"))
                .containsExactly("12月2日(水)の「買い出し」を代わってくれる人を探しています。（メモ：出張です）");
        assertThat(messages(yui.id())).hasSize(1);
        assertThat(count(ken.id())).isZero();

        deliver(new SubstituteAccepted(household, request, task, ken.id(), hana.id()));
        assertThat(messages(ken.id())).extracting(m -> m.get("body"))
                .containsExactly("12月2日(水)の「買い出し」を花子さんが引き受けてくれました。");

        UUID other = UUID.randomUUID();
        deliver(new SubstituteRequested(household, other, task, "買い出し", today.plusDays(2), hana.id(), null,
                at("2026-12-01T12:00:00Z")));
        deliver(new SubstituteClosed(household, other, task, CloseReason.EXPIRED));
        assertThat(messages(hana.id())).extracting(m -> m.get("kind")).first().isEqualTo("SUBSTITUTE_CLOSED");
        assertThat(messages(hana.id())).extracting(m -> m.get("body")).first()
                .isEqualTo("「買い出し」の代役の依頼は終了しました（期限までに引き受ける人がいませんでした）。");
    }

    @Test
    void stockMaintenanceAndApprovalRequestsGoToAdminsOnly() {
        deliver(new StockBelowMinimum(household, UUID.randomUUID(), "牛乳", new BigDecimal("1.0"), new BigDecimal("2"), "本", "食品"));
        deliver(new MaintenanceDue(household, UUID.randomUUID(), UUID.randomUUID(), "エアコン", "フィルター掃除", today.plusDays(7)));
        UUID item = UUID.randomUUID();
        deliver(new ShoppingItemApprovalRequested(household, item, "お菓子", yui.id()));

        assertThat(messages(hana.id())).extracting(m -> m.get("body")).containsExactly(
                "結衣さんが「お菓子」を買い物リストに追加したいそうです。",
                "エアコンの「フィルター掃除」は12月7日(月)までです。",
                "牛乳が残り1本です（最低2本）。");
        assertThat(count(ken.id())).isZero();
        assertThat(count(yui.id())).isZero();

        deliver(new ShoppingItemRejected(household, item, "お菓子", hana.id(), "今週はもう買いました"));
        assertThat(messages(yui.id())).extracting(m -> m.get("body"))
                .containsExactly("「お菓子」は承認されませんでした。（理由：今週はもう買いました）");
        UUID juice = UUID.randomUUID();
        deliver(new ShoppingItemApprovalRequested(household, juice, "ジュース", yui.id()));
        deliver(new ShoppingItemApproved(household, juice, "ジュース", hana.id()));
        assertThat(messages(yui.id())).extracting(m -> m.get("title")).first().isEqualTo("承認されました：ジュース");
    }

    @Test
    void weatherAdviceReachesEveryone() {
        deliver(new WeatherRecommendationIssued(household, today.plusDays(1), "laundry", "洗濯日和です。", 10, 15.4, 6.2));
        for (Person p : List.of(hana, ken, yui)) {
            assertThat(messages(p.id())).extracting(m -> m.get("body")).containsExactly("洗濯日和です。　降水確率10%、6〜15℃。");
        }
    }

    @Test
    void englishHouseholdsReadEnglishInTheirOwnZone() {
        UUID berlinHousehold = UUID.randomUUID();
        Person anna = Person.of("Anna", MemberRole.ADMIN);
        household(berlinHousehold, "en", ZoneId.of("Europe/Berlin"), List.of(anna));
        // 09:00 Tokyo = 01:00 in Berlin, still Monday 30 November there.
        deliver(new TaskOverdue(berlinHousehold, UUID.randomUUID(), UUID.randomUUID(), "Dishes", today,
                at("2026-11-29T23:30:00Z"), anna.id()));
        assertThat(messages(anna.id())).singleElement().satisfies(m -> {
            assertThat(m.get("title")).isEqualTo("Overdue: Dishes");
            assertThat(m.get("body")).isEqualTo("Dishes on Mon, Nov 30 is not done yet (due 00:30).");
        });
    }

    @Test
    void theReplicaFollowsUpdatesAndRemovals() {
        deliver(new MemberUpdated(household, ken.id(), "ケン", null, MemberRole.ADMIN, true, "default", "#000000"));
        deliver(new StockBelowMinimum(household, UUID.randomUUID(), "米", new BigDecimal("0.5"), new BigDecimal("1"), "kg", null));
        assertThat(count(ken.id())).isEqualTo(1);

        deliver(new MemberRemoved(household, ken.id()));
        deliver(new HouseholdUpdated(household, "Tanaka", "Asia/Tokyo", "en", new Location("Tokyo", 35.6, 139.6),
                RotationUnit.WEEKLY, false, 15));
        deliver(new StockBelowMinimum(household, UUID.randomUUID(), "Rice", new BigDecimal("0.5"), new BigDecimal("1"), "kg", null));
        assertThat(count(ken.id())).isEqualTo(1);
        assertThat(messages(hana.id())).extracting(m -> m.get("title")).first().isEqualTo("Running low: Rice");
    }

    @Test
    void theSameEventTwiceMakesOneMessage() {
        var overdue = record(new TaskOverdue(household, UUID.randomUUID(), UUID.randomUUID(), "ゴミ出し", today, null, ken.id()));
        deliver(overdue);
        deliver(overdue);
        assertThat(count(ken.id())).isEqualTo(1);
    }

    @Test
    void aCompletedTaskHasNoPendingReminders() {
        UUID task = UUID.randomUUID();
        deliver(new TaskAssigned(household, task, UUID.randomUUID(), "洗濯", today.plusDays(2), null, 2, ken.id()));
        deliver(new TaskCompleted(household, task, UUID.randomUUID(), "洗濯", today.plusDays(2), ken.id(), ken.id(),
                Instant.parse("2026-11-30T01:00:00Z"), null));
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT kind, status FROM reminders WHERE task_id = ?", task.toString());
        assertThat(rows).extracting(r -> r.get("status")).containsOnly("CANCELLED").hasSize(2);
    }
}
