package jp.kajimaru.inventory.equipment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.kajimaru.events.Topics;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.inventory.support.InventoryApiTest;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Equipment, maintenance tasks, the due scan and both ways of closing a cycle, over real MariaDB and Kafka. */
class MaintenanceApiTest extends InventoryApiTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired MaintenanceService maintenance;

    boolean dueNotified(UUID taskId) {
        return jdbc.queryForObject("SELECT due_notified FROM maintenance_tasks WHERE id = ?", Boolean.class, taskId.toString());
    }

    UUID equipment(Caller who, String name, LocalDate installed) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "APPLIANCE");
        body.put("name", name);
        body.put("location", "リビング");
        body.put("installedOn", installed == null ? null : installed.toString());
        Answer a = call("POST", "/api/equipment", who, body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return UUID.fromString(a.json().get("id").asString());
    }

    JsonNode task(Caller who, UUID equipmentId, Map<String, Object> body) throws Exception {
        Answer a = call("POST", "/api/equipment/" + equipmentId + "/maintenance", who, body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json();
    }

    @Test
    void equipmentShowsItsAgeInMonthsAndItsNextDueDate() throws Exception {
        Caller hana = caller("ADMIN");
        // The pinned clock starts on 2026-11-30 (Tokyo): 26 whole months since 2024-09-01, the 27th completes tomorrow.
        assertThat(today()).isEqualTo(LocalDate.of(2026, 11, 30));
        UUID ac = equipment(hana, "エアコン", LocalDate.of(2024, 9, 1));
        task(hana, ac, Map.of("name", "フィルター掃除", "intervalMonths", 1, "lastDone", today().minusDays(10).toString()));
        task(hana, ac, Map.of("name", "室外機の点検", "intervalDays", 365, "lastDone", today().minusDays(300).toString()));
        JsonNode one = call("GET", "/api/equipment/" + ac, hana, null).json();
        assertThat(one.get("ageMonths").intValue()).isEqualTo(26);
        assertThat(one.get("nextDue").asString()).isEqualTo(today().minusDays(10).plusMonths(1).toString());
        assertThat(one.get("maintenance").size()).isEqualTo(2);
        JsonNode list = call("GET", "/api/equipment", hana, null).json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("taskCount").intValue()).isEqualTo(2);

        clock().advance(Duration.ofDays(1));
        assertThat(call("GET", "/api/equipment/" + ac, hana, null).json().get("ageMonths").intValue()).isEqualTo(27);
    }

    @Test
    void maintenanceDueGoesOutOnceAtTheLeadWindowEvenWithTwoScannersAndMarkDoneRollsTheDueDate() throws Exception {
        Caller hana = caller("ADMIN");
        UUID ac = equipment(hana, "エアコン", null);
        JsonNode t = task(hana, ac, Map.of("name", "フィルター掃除", "intervalDays", 30, "lastDone", today().toString(),
                "leadDays", 5, "weight", 2));
        UUID taskId = UUID.fromString(t.get("id").asString());
        LocalDate due = today().plusDays(30);
        assertThat(t.get("nextDue").asString()).isEqualTo(due.toString());
        assertThat(t.get("upcoming").booleanValue()).isFalse();
        assertThat(call("GET", "/api/maintenance?due=upcoming", hana, null).json().size()).isZero();

        try (KafkaTestConsumer topic = new KafkaTestConsumer(Topics.INVENTORY)) {
            clock().setLocal(due.minusDays(6).atTime(23, 55), TOKYO);
            maintenance.announceDue();
            assertThat(dueNotified(taskId)).isFalse();
            clock().setLocal(due.minusDays(5).atTime(0, 5), TOKYO);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> one = pool.submit(maintenance::announceDue);
                Future<Integer> two = pool.submit(maintenance::announceDue);
                one.get();
                two.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(dueNotified(taskId)).isTrue();
            clock().advance(Duration.ofDays(2));
            maintenance.announceDue();
            JsonNode upcoming = call("GET", "/api/maintenance?due=upcoming", hana, null).json();
            assertThat(upcoming.size()).isEqualTo(1);
            assertThat(upcoming.get(0).get("equipmentName").asString()).isEqualTo("エアコン");
            assertThat(upcoming.get(0).get("dueNotified").booleanValue()).isTrue();

            Answer done = call("POST", "/api/maintenance/" + taskId + "/done", hana, null);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(done.json().get("lastDone").asString()).isEqualTo(today().toString());
            assertThat(done.json().get("nextDue").asString()).isEqualTo(today().plusDays(30).toString());
            assertThat(done.json().get("lastDoneBy").asString()).isEqualTo(hana.memberId().toString());
            assertThat(call("GET", "/api/maintenance?due=upcoming", hana, null).json().size()).isZero();

            List<ConsumerRecord<byte[], byte[]>> doneEvents = topic.awaitRecords(r -> is(r, "MaintenanceDone", taskId), 1, WAIT);
            List<ConsumerRecord<byte[], byte[]>> dueEvents = topic.drain().stream().filter(r -> is(r, "MaintenanceDue", taskId)).toList();
            assertThat(dueEvents).hasSize(1);
            JsonNode p = payload(dueEvents.get(0));
            assertThat(p.get("householdId").asString()).isEqualTo(hana.householdId().toString());
            assertThat(p.get("maintenanceTaskId").asString()).isEqualTo(taskId.toString());
            assertThat(p.get("equipmentId").asString()).isEqualTo(ac.toString());
            assertThat(p.get("equipmentName").asString()).isEqualTo("エアコン");
            assertThat(p.get("taskName").asString()).isEqualTo("フィルター掃除");
            assertThat(p.get("dueDate").asString()).isEqualTo(due.toString());
            JsonNode d = payload(doneEvents.get(0));
            assertThat(d.get("doneOn").asString()).isEqualTo(today().toString());
            assertThat(d.get("doneByMemberId").asString()).isEqualTo(hana.memberId().toString());
            assertThat(d.get("nextDueDate").asString()).isEqualTo(today().plusDays(30).toString());
        }
    }

    @Test
    void theDueDayIsTheHouseholdsDayInItsOwnTimeZone() throws Exception {
        Caller ny = caller("ADMIN");
        publish(ny.householdId().toString(), new HouseholdCreated(ny.householdId(), "Smith", "America/New_York", "en",
                new Location("New York", 40.7, -74.0), RotationUnit.WEEKLY, false, 15, ny.memberId()));
        await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM households WHERE id = ?", Integer.class,
                ny.householdId().toString()) == 1);
        UUID ac = equipment(ny, "Furnace", null);
        java.time.ZoneId zone = java.time.ZoneId.of("America/New_York");
        LocalDate nyToday = LocalDate.now(clock().withZone(zone));
        UUID taskId = UUID.fromString(task(ny, ac, Map.of("name", "Filter", "intervalDays", 10, "lastDone", nyToday.toString(),
                "leadDays", 0)).get("id").asString());
        // 23:00 in New York the evening before the due date: already the due day in Tokyo, not yet there.
        clock().setLocal(LocalDateTime.of(nyToday.plusDays(9), java.time.LocalTime.of(23, 0)), zone);
        maintenance.announceDue();
        assertThat(dueNotified(taskId)).isFalse();
        clock().advance(Duration.ofHours(1));
        maintenance.announceDue();
        assertThat(dueNotified(taskId)).isTrue();
        assertThat(call("GET", "/api/maintenance", ny, null).json().get(0).get("id").asString()).isEqualTo(taskId.toString());
    }

    @Test
    void theRotationsCompletedChoreClosesTheAnnouncedCycleOnceAndNeverTheNext() throws Exception {
        Caller hana = caller("ADMIN");
        UUID ken = UUID.randomUUID();
        UUID ac = equipment(hana, "浴室", null);
        UUID taskId = UUID.fromString(task(hana, ac, Map.of("name", "排水口の掃除", "intervalDays", 14,
                "lastDone", today().minusDays(14).toString(), "leadDays", 3)).get("id").asString());
        // Already due: announced when added.
        assertThat(call("GET", "/api/maintenance?due=upcoming", hana, null).json().get(0).get("dueNotified").booleanValue())
                .isTrue();

        clock().advance(Duration.ofHours(3));
        TaskCompleted completed = new TaskCompleted(hana.householdId(), UUID.randomUUID(), UUID.randomUUID(), "排水口の掃除",
                today(), ken, ken, clock().instant(), taskId.toString());
        UUID eventId = UUID.randomUUID();
        try (KafkaTestConsumer topic = new KafkaTestConsumer(Topics.INVENTORY)) {
            sendRaw(eventId, completed.taskId().toString(), completed);
            sendRaw(eventId, completed.taskId().toString(), completed);
            // Another completion of the same chore (a different event): the cycle is closed, so it closes nothing.
            publish(completed.taskId().toString(), completed);
            // A chore of another kind and one naming a stranger's task are ignored.
            publish("x", new TaskCompleted(hana.householdId(), UUID.randomUUID(), UUID.randomUUID(), "皿洗い", today(), ken, ken,
                    clock().instant(), null));
            publish("y", new TaskCompleted(hana.householdId(), UUID.randomUUID(), UUID.randomUUID(), "?", today(), ken, ken,
                    clock().instant(), UUID.randomUUID().toString()));

            List<ConsumerRecord<byte[], byte[]>> done = topic.awaitRecords(r -> is(r, "MaintenanceDone", taskId), 1, WAIT);
            await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE consumer = ?",
                    Integer.class, "inventory.rotation-events") == 4);
            assertThat(topic.drain().stream().filter(r -> is(r, "MaintenanceDone", taskId)).count()).isEqualTo(1);
            JsonNode p = payload(done.get(0));
            assertThat(p.get("doneByMemberId").asString()).isEqualTo(ken.toString());
            assertThat(p.get("doneOn").asString()).isEqualTo(today().toString());
            JsonNode now = call("GET", "/api/equipment/" + ac + "/maintenance", hana, null).json().get(0);
            assertThat(now.get("lastDone").asString()).isEqualTo(today().toString());
            assertThat(now.get("nextDue").asString()).isEqualTo(today().plusDays(14).toString());
            assertThat(now.get("dueNotified").booleanValue()).isFalse();
        }
    }

    @Test
    void aTaskEditIsAnnouncedWhenItMovesIntoItsLeadWindowAndAStaleOneIsRefused() throws Exception {
        Caller hana = caller("ADMIN");
        UUID ac = equipment(hana, "洗濯機", null);
        JsonNode t = task(hana, ac, Map.of("name", "槽洗浄", "intervalMonths", 2, "lastDone", today().minusDays(20).toString(),
                "leadDays", 7));
        UUID taskId = UUID.fromString(t.get("id").asString());
        long version = t.get("version").longValue();
        Map<String, Object> edit = new HashMap<>(Map.of("name", "槽洗浄", "intervalDays", 25, "leadDays", 7, "weight", 3,
                "version", version));
        Answer edited = call("PATCH", "/api/maintenance/" + taskId, hana, edit);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("nextDue").asString()).isEqualTo(today().plusDays(5).toString());
        assertThat(edited.json().get("intervalMonths").isNull()).isTrue();
        assertThat(edited.json().get("dueNotified").booleanValue()).isTrue();
        assertThat(edited.json().get("weight").intValue()).isEqualTo(3);
        Answer stale = call("PATCH", "/api/maintenance/" + taskId, hana, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("editedMeanwhile");
    }

    @Test
    void badInputIsAProblemWithFieldErrors() throws Exception {
        Caller hana = caller("ADMIN");
        assertThat(fieldsOf(call("POST", "/api/equipment", hana, Map.of("name", "", "kind", "ROCKET"))))
                .contains("kind");
        assertThat(fieldsOf(call("POST", "/api/equipment", hana, Map.of("name", " ")))).containsExactly("name");
        Map<String, Object> future = new HashMap<>(Map.of("name", "TV", "installedOn", today().plusDays(3).toString()));
        assertThat(fieldsOf(call("POST", "/api/equipment", hana, future))).containsExactly("installedOn");
        UUID ac = equipment(hana, "エアコン", null);
        assertThat(fieldsOf(call("POST", "/api/equipment/" + ac + "/maintenance", hana, Map.of("name", "x"))))
                .containsExactly("intervalDays");
        // Rules of the entity speak the caller's language too.
        Answer ja = call("POST", "/api/equipment/" + ac + "/maintenance", hana, Map.of("name", "x"), "ja");
        assertThat(ja.json().get("errors").get(0).get("message").asString())
                .isEqualTo("間隔は日数か月数のどちらか一方で指定してください。");
        assertThat(call("POST", "/api/equipment/" + ac + "/maintenance", hana, Map.of("name", "x"), "en").json()
                .get("errors").get(0).get("message").asString()).isEqualTo("Give the interval either in days or in months.");
        assertThat(fieldsOf(call("POST", "/api/equipment/" + ac + "/maintenance", hana,
                Map.of("name", "x", "intervalDays", 3, "weight", 9, "leadDays", -1)))).contains("weight", "leadDays");
        assertThat(fieldsOf(call("GET", "/api/maintenance?due=someday", hana, null))).containsExactly("due");
        UUID t = UUID.fromString(task(hana, ac, Map.of("name", "x", "intervalDays", 3)).get("id").asString());
        assertThat(fieldsOf(call("POST", "/api/maintenance/" + t + "/done", hana,
                Map.of("doneOn", today().plusDays(1).toString())))).containsExactly("doneOn");
        assertThat(call("GET", "/api/equipment/" + ac + "/maintenance", hana, null).json().get(0).get("lastDone").isNull())
                .isTrue();
    }

    @Test
    void childrenMarkDoneButOnlyAdultsSetUpAndOnlyAdminsDelete() throws Exception {
        Caller admin = caller("ADMIN");
        Caller member = caller(admin.householdId(), "MEMBER");
        Caller child = caller(admin.householdId(), "CHILD");
        assertThat(call("POST", "/api/equipment", child, Map.of("name", "TV")).status()).isEqualTo(403);
        UUID ac = equipment(member, "エアコン", null);
        assertThat(call("POST", "/api/equipment/" + ac + "/maintenance", child, Map.of("name", "x", "intervalDays", 3)).status())
                .isEqualTo(403);
        UUID t = UUID.fromString(task(member, ac, Map.of("name", "x", "intervalDays", 3)).get("id").asString());
        assertThat(call("POST", "/api/maintenance/" + t + "/done", child, null).status()).isEqualTo(200);
        assertThat(call("DELETE", "/api/maintenance/" + t, member, null).status()).isEqualTo(403);
        assertThat(call("DELETE", "/api/equipment/" + ac, member, null).status()).isEqualTo(403);
        assertThat(call("DELETE", "/api/equipment/" + ac, admin, null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/equipment/" + ac, admin, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/maintenance", admin, null).json().size()).isZero();
    }
}
