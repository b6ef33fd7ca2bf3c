package jp.kajimaru.notification.digest;

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

import jp.kajimaru.events.rotation.SubstituteRequested;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.notification.support.NotificationApiTest;
import jp.kajimaru.notification.support.SchedulesOff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digests by the pinned clock: the admins' overdue digest and a member's digest go out at the household's
 * digest time in its zone (Tokyo, and Berlin), once per day even when two replicas run at the same moment; a member who
 * chose the digest gets no single e-mails, only the digest's. The schedules are off; the test runs the sender as each
 * replica's scheduler would. SMTP points at a closed port and the delivery schedule is off: planned e-mail deliveries
 * stay in the table for the test to read.
 */
@SchedulesOff
class DigestTest extends NotificationApiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired DigestService digests;

    private final UUID household = UUID.randomUUID();
    private final Person hana = Person.of("花子", MemberRole.ADMIN);
    private final Person ken = Person.of("健", MemberRole.MEMBER);

    private UUID overdueTask(UUID household, Person p, String chore, LocalDate day) {
        UUID task = UUID.randomUUID();
        deliver(new TaskAssigned(household, task, UUID.randomUUID(), chore, day, null, 2, p.id()));
        deliver(new TaskOverdue(household, task, UUID.randomUUID(), chore, day, null, p.id()));
        return task;
    }

    private List<Map<String, Object>> digestsOf(Person p, String kind) {
        return jdbc.queryForList("SELECT title, body, dedupe_key FROM notifications WHERE member_id = ? AND kind = ? ORDER BY seq",
                p.id().toString(), kind);
    }

    private List<String> emailKinds(Person p) {
        return jdbc.queryForList("SELECT kind FROM deliveries WHERE member_id = ? AND channel = 'EMAIL' ORDER BY created_at",
                String.class, p.id().toString());
    }

    @Test
    void adminsGetTheOverdueDigestAtTheDigestTimeInTokyoOncePerDay() throws Exception {
        household(household, "ja", TOKYO, List.of(hana, ken));
        clock().setLocal(LocalDateTime.of(2026, 12, 2, 9, 0), TOKYO);
        UUID rubbish = overdueTask(household, ken, "ゴミ出し", LocalDate.of(2026, 12, 1));
        overdueTask(household, hana, "皿洗い", LocalDate.of(2026, 12, 2));

        clock().setLocal(LocalDateTime.of(2026, 12, 2, 18, 59, 59), TOKYO);
        digests.sendDue();
        assertThat(digestsOf(hana, "OVERDUE_DIGEST")).isEmpty();

        clock().setLocal(LocalDateTime.of(2026, 12, 2, 19, 0), TOKYO);
        digests.sendDue();
        assertThat(digestsOf(hana, "OVERDUE_DIGEST")).singleElement().satisfies(d -> {
            assertThat(d.get("title")).isEqualTo("12月2日(水)の期限切れの当番（2件）");
            assertThat((String) d.get("body")).contains("・「ゴミ出し」12月1日(火)（健さん）", "・「皿洗い」12月2日(水)（花子さん）");
            assertThat(d.get("dedupe_key")).isEqualTo("overdue-digest:2026-12-02");
        });
        assertThat(digestsOf(ken, "OVERDUE_DIGEST")).as("members are not admins").isEmpty();
        // Listed in the inbox by the in-app channel, like any message.
        assertThat(json(call("GET", "/api/notifications", token(household, hana), null)).get("items").get(0).get("kind")
                .asString()).isEqualTo("OVERDUE_DIGEST");

        // Later the same day: nothing more.
        clock().setLocal(LocalDateTime.of(2026, 12, 2, 23, 0), TOKYO);
        digests.sendDue();
        assertThat(digestsOf(hana, "OVERDUE_DIGEST")).hasSize(1);

        // The next day the rubbish is done: only the dishes are left.
        deliver(new TaskCompleted(household, rubbish, UUID.randomUUID(), "ゴミ出し", LocalDate.of(2026, 12, 1), ken.id(),
                ken.id(), clock().instant(), null));
        clock().setLocal(LocalDateTime.of(2026, 12, 3, 19, 0), TOKYO);
        digests.sendDue();
        assertThat(digestsOf(hana, "OVERDUE_DIGEST")).hasSize(2).last().satisfies(d -> {
            assertThat(d.get("title")).isEqualTo("12月3日(木)の期限切れの当番（1件）");
            assertThat((String) d.get("body")).doesNotContain("ゴミ出し").contains("皿洗い");
        });
    }

    @Test
    void twoReplicasAtTheSameMomentSendOneDigest() throws Exception {
        household(household, "en", TOKYO, List.of(hana, ken));
        clock().setLocal(LocalDateTime.of(2026, 12, 4, 9, 0), TOKYO);
        overdueTask(household, ken, "Laundry", LocalDate.of(2026, 12, 3));
        clock().setLocal(LocalDateTime.of(2026, 12, 4, 19, 0, 30), TOKYO);

        for (int round = 0; round < 3; round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    Callable<Integer> replica = () -> {
                        start.await();
                        return digests.sendDue();
                    };
                    runs.add(replicas.submit(replica));
                }
                runs.get(0).get();
                runs.get(1).get();
            } finally {
                replicas.shutdownNow();
            }
        }
        assertThat(digestsOf(hana, "OVERDUE_DIGEST")).singleElement().satisfies(d -> {
            assertThat(d.get("title")).isEqualTo("Overdue chores, Fri, Dec 4 (1)");
            assertThat((String) d.get("body")).contains("・Laundry — Thu, Dec 3, 健");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM digest_runs WHERE household_id = ?", Integer.class,
                household.toString())).isEqualTo(1);
    }

    @Test
    void aMemberWhoChoseTheDigestGetsOneEmailADayInsteadOfOnePerMessage() throws Exception {
        ZoneId zone = BERLIN;
        household(household, "en", zone, List.of(hana, ken));
        assertThat(call("PUT", "/api/notifications/preferences", token(household, ken),
                "{\"email\":\"ken@example.de\",\"channels\":{},\"dailyDigest\":true}").statusCode()).isEqualTo(200);
        assertThat(json(call("GET", "/api/notifications/preferences", token(household, ken), null)).get("dailyDigest")
                .asBoolean()).isTrue();
        // The admin moves the digest to 18:30 (Berlin); a member may read it but not change it.
        assertThat(call("PUT", "/api/notifications/household", token(household, ken), "{\"digestTime\":\"06:00\"}").statusCode())
                .isEqualTo(403);
        var moved = call("PUT", "/api/notifications/household", token(household, hana), "{\"digestTime\":\"18:30\"}");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(json(call("GET", "/api/notifications/household", token(household, ken), null)).get("digestTime").asString())
                .startsWith("18:30");

        // Yesterday's message (before yesterday's digest time) is not in today's digest.
        clock().setLocal(LocalDateTime.of(2026, 12, 6, 18, 0), zone);
        deliver(new TaskAssigned(household, UUID.randomUUID(), UUID.randomUUID(), "Old news", LocalDate.of(2026, 12, 7), null,
                1, ken.id()));
        clock().setLocal(LocalDateTime.of(2026, 12, 7, 8, 0), zone);
        deliver(new TaskAssigned(household, UUID.randomUUID(), UUID.randomUUID(), "Dishes", LocalDate.of(2026, 12, 7), null, 1,
                ken.id()));
        deliver(new SubstituteRequested(household, UUID.randomUUID(), UUID.randomUUID(), "Hoovering",
                LocalDate.of(2026, 12, 8), hana.id(), "away", clock().instant().plusSeconds(86400)));

        // Each message is in the inbox at once, but none went to e-mail on its own.
        assertThat(json(call("GET", "/api/notifications/unread-count", token(household, ken), null)).get("count").asLong())
                .isEqualTo(3);
        assertThat(emailKinds(ken)).isEmpty();

        clock().setLocal(LocalDateTime.of(2026, 12, 7, 18, 29), zone);
        digests.sendDue();
        assertThat(digestsOf(ken, "DAILY_DIGEST")).isEmpty();
        clock().setLocal(LocalDateTime.of(2026, 12, 7, 18, 30), zone);
        digests.sendDue();
        assertThat(digestsOf(ken, "DAILY_DIGEST")).singleElement().satisfies(d -> {
            assertThat(d.get("title")).isEqualTo("Your day in Kajimaru, Mon, Dec 7 (2)");
            assertThat((String) d.get("body")).contains("・New chore: Dishes", "・花子 asks for a substitute")
                    .doesNotContain("Old news");
        });
        assertThat(emailKinds(ken)).containsExactly("DAILY_DIGEST");
        assertThat(jdbc.queryForObject("SELECT target FROM deliveries WHERE member_id = ? AND channel = 'EMAIL'", String.class,
                ken.id().toString())).isEqualTo("ken@example.de");
        // Hana did not choose the digest: no digest for her (and no overdue tasks either).
        assertThat(digestsOf(hana, "DAILY_DIGEST")).isEmpty();
        assertThat(digestsOf(hana, "OVERDUE_DIGEST")).isEmpty();
    }

    @Test
    void theAddressFromMemberJoinedIsUsedUntilTheMemberEntersAnother() throws Exception {
        deliver(new jp.kajimaru.events.user.HouseholdCreated(household, "Tanaka", "Asia/Tokyo", "ja",
                new jp.kajimaru.events.user.Location("東京", 35.6895, 139.69171), jp.kajimaru.events.user.RotationUnit.WEEKLY,
                false, 15, hana.id()));
        deliver(new jp.kajimaru.events.user.MemberJoined(household, hana.id(), hana.name(), null, MemberRole.ADMIN, true,
                "default", "#E4572E", "hana@example.jp"));
        assertThat(json(call("GET", "/api/notifications/preferences", token(household, hana), null)).get("accountEmail")
                .asString()).isEqualTo("hana@example.jp");

        clock().setLocal(LocalDateTime.of(2026, 12, 9, 9, 0), TOKYO);
        deliver(new TaskOverdue(household, UUID.randomUUID(), UUID.randomUUID(), "洗濯", LocalDate.of(2026, 12, 9), null, hana.id()));
        assertThat(jdbc.queryForList("SELECT target FROM deliveries WHERE member_id = ? AND channel = 'EMAIL'", String.class,
                hana.id().toString())).containsExactly("hana@example.jp");

        assertThat(call("PUT", "/api/notifications/preferences", token(household, hana),
                "{\"email\":\"home@example.jp\",\"channels\":{}}").statusCode()).isEqualTo(200);
        deliver(new TaskOverdue(household, UUID.randomUUID(), UUID.randomUUID(), "掃除", LocalDate.of(2026, 12, 9), null, hana.id()));
        assertThat(jdbc.queryForList("SELECT target FROM deliveries WHERE member_id = ? AND channel = 'EMAIL' ORDER BY created_at, target",
                String.class, hana.id().toString())).containsExactlyInAnyOrder("hana@example.jp", "home@example.jp");
    }
}
