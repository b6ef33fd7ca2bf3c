package jp.kajimaru.inventory.stock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.kajimaru.events.Topics;
import jp.kajimaru.events.shopping.ShoppingItemPurchased;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.inventory.support.InventoryApiTest;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The stock API and its events over real MariaDB and Kafka. */
class StockApiTest extends InventoryApiTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired StockService stock;

    Map<String, Object> paper(Object quantity, Object minimum) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "トイレットペーパー");
        body.put("category", "DAILY_GOODS");
        body.put("unit", "ロール");
        body.put("quantity", quantity);
        body.put("minimum", minimum);
        return body;
    }

    UUID create(Caller who, Map<String, Object> body) throws Exception {
        Answer a = call("POST", "/api/stock/items", who, body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return UUID.fromString(a.json().get("id").asString());
    }

    BigDecimal quantity(Caller who, UUID id) throws Exception {
        return call("GET", "/api/stock/items/" + id, who, null).json().get("quantity").decimalValue();
    }

    @Test
    void consumingBelowTheMinimumSendsExactlyOneStockBelowMinimumUntilARestockReArmsIt() throws Exception {
        Caller hana = caller("ADMIN");
        try (KafkaTestConsumer topic = new KafkaTestConsumer(Topics.INVENTORY)) {
            UUID id = create(hana, paper(3, 2));
            assertThat(call("POST", "/api/stock/items/" + id + "/consume", hana, null).json().get("quantity").intValue())
                    .isEqualTo(2);
            Answer crossing = call("POST", "/api/stock/items/" + id + "/consume", hana, null);
            assertThat(crossing.json().get("quantity").intValue()).isEqualTo(1);
            assertThat(crossing.json().get("low").booleanValue()).isTrue();
            assertThat(call("POST", "/api/stock/items/" + id + "/consume", hana, Map.of("quantity", 5)).json()
                    .get("quantity").intValue()).isZero();

            Answer restock = call("POST", "/api/stock/items/" + id + "/restock", hana, Map.of("quantity", 6));
            assertThat(restock.status()).isEqualTo(200);
            assertThat(restock.json().get("quantity").intValue()).isEqualTo(6);
            assertThat(restock.json().get("lowSignalled").booleanValue()).isFalse();
            // A marker after everything: once it has arrived, everything before it has too.
            UUID marker = create(hana, paper(0, 1));

            topic.awaitRecords(r -> is(r, "StockBelowMinimum", marker), 1, WAIT);
            List<ConsumerRecord<byte[], byte[]>> low = topic.drain().stream().filter(r -> is(r, "StockBelowMinimum", id)).toList();
            assertThat(low).hasSize(1);
            JsonNode p = payload(low.get(0));
            assertThat(p.get("householdId").asString()).isEqualTo(hana.householdId().toString());
            assertThat(p.get("stockItemId").asString()).isEqualTo(id.toString());
            assertThat(p.get("name").asString()).isEqualTo("トイレットペーパー");
            assertThat(p.get("quantity").decimalValue()).isEqualByComparingTo("1");
            assertThat(p.get("minimum").decimalValue()).isEqualByComparingTo("2");
            assertThat(p.get("unit").asString()).isEqualTo("ロール");
            assertThat(p.get("category").asString()).isEqualTo("DAILY_GOODS");
            List<ConsumerRecord<byte[], byte[]>> replenished = topic.drain().stream()
                    .filter(r -> is(r, "StockReplenished", id)).toList();
            assertThat(replenished).hasSize(1);
            assertThat(payload(replenished.get(0)).get("quantity").decimalValue()).isEqualByComparingTo("6");
            assertThat(payload(replenished.get(0)).get("addedQuantity").decimalValue()).isEqualByComparingTo("6");

            // Re-armed: the next crossing is announced again.
            call("POST", "/api/stock/items/" + id + "/consume", hana, Map.of("quantity", 5));
            topic.awaitRecords(r -> is(r, "StockBelowMinimum", id), 2, WAIT);
        }
    }

    @Test
    void twoPhonesConsumingAtOnceLoseNoMovement() throws Exception {
        Caller hana = caller("MEMBER");
        Caller ken = caller(hana.householdId(), "CHILD");
        UUID id = create(hana, paper(100, 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Integer>>> phones = new ArrayList<>();
            for (Caller who : List.of(hana, ken)) {
                Callable<List<Integer>> taps = () -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        statuses.add(call("POST", "/api/stock/items/" + id + "/consume", who, null).status());
                    }
                    return statuses;
                };
                phones.add(pool.submit(taps));
            }
            for (Future<List<Integer>> phone : phones) {
                assertThat(phone.get()).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(quantity(hana, id)).isEqualByComparingTo("70");
        Answer history = call("GET", "/api/stock/items/" + id + "/movements?size=100", hana, null);
        assertThat(history.json().get("total").intValue()).isEqualTo(31); // INITIAL + 30 consumptions
        assertThat(history.json().get("items").valueStream().filter(m -> "CONSUME".equals(m.get("kind").asString())).count())
                .isEqualTo(30);
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefusedAndChangesNothing() throws Exception {
        Caller hana = caller("ADMIN");
        UUID id = create(hana, paper(5, 1));
        long seen = call("GET", "/api/stock/items/" + id, hana, null).json().get("version").longValue();
        clock().advance(Duration.ofMinutes(1));
        call("POST", "/api/stock/items/" + id + "/consume", hana, null);
        clock().advance(Duration.ofMinutes(1));

        Map<String, Object> edit = paper(9, 1);
        edit.put("version", seen);
        Answer stale = call("PATCH", "/api/stock/items/" + id, hana, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("editedMeanwhile");
        assertThat(quantity(hana, id)).isEqualByComparingTo("4");

        edit.put("version", call("GET", "/api/stock/items/" + id, hana, null).json().get("version").longValue());
        edit.put("name", "ティッシュ");
        Answer fresh = call("PATCH", "/api/stock/items/" + id, hana, edit);
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        assertThat(fresh.json().get("quantity").intValue()).isEqualTo(9);
        assertThat(fresh.json().get("name").asString()).isEqualTo("ティッシュ");
        JsonNode newest = call("GET", "/api/stock/items/" + id + "/movements?size=1", hana, null).json().get("items").get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("ADJUST");
        assertThat(newest.get("delta").intValue()).isEqualTo(5);
        assertThat(newest.get("memberId").asString()).isEqualTo(hana.memberId().toString());
    }

    @Test
    void movementsArePaginatedNewestFirstWithWhoAndWhen() throws Exception {
        Caller hana = caller("MEMBER");
        UUID id = create(hana, paper(10, 0));
        for (int i = 0; i < 4; i++) {
            clock().advance(Duration.ofMinutes(1));
            call("POST", "/api/stock/items/" + id + "/consume", hana, null);
        }
        Answer first = call("GET", "/api/stock/items/" + id + "/movements?page=0&size=2", hana, null);
        assertThat(first.json().get("total").intValue()).isEqualTo(5);
        assertThat(first.json().get("items").size()).isEqualTo(2);
        JsonNode newest = first.json().get("items").get(0);
        assertThat(newest.get("quantityAfter").intValue()).isEqualTo(6);
        assertThat(Instant.parse(newest.get("occurredAt").asString())).isEqualTo(clock().instant());
        assertThat(newest.get("memberId").asString()).isEqualTo(hana.memberId().toString());
        Answer last = call("GET", "/api/stock/items/" + id + "/movements?page=2&size=2", hana, null);
        assertThat(last.json().get("items").get(0).get("kind").asString()).isEqualTo("INITIAL");
        assertThat(call("GET", "/api/stock/items/" + id + "/movements?size=0", hana, null).status()).isEqualTo(400);
    }

    @Test
    void badInputIsAProblemWithFieldErrors() throws Exception {
        Caller hana = caller("ADMIN");
        Map<String, Object> bad = paper(-1, 1);
        bad.put("name", " ");
        bad.put("consumptionPeriodDays", 0);
        Answer a = call("POST", "/api/stock/items", hana, bad);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("type").asString()).isEqualTo("https://kajimaru.jp/problems/validation");
        assertThat(fieldsOf(a)).contains("name", "quantity", "consumptionPeriodDays");

        Map<String, Object> badCategory = paper(1, 1);
        badCategory.put("category", "SPACESHIPS");
        assertThat(fieldsOf(call("POST", "/api/stock/items", hana, badCategory))).containsExactly("category");

        UUID id = create(hana, paper(2, 1));
        assertThat(fieldsOf(call("POST", "/api/stock/items/" + id + "/consume", hana, Map.of("quantity", 0))))
                .containsExactly("quantity");
        assertThat(fieldsOf(call("POST", "/api/stock/items/" + id + "/restock", hana, Map.of())))
                .containsExactly("quantity");
        assertThat(call("GET", "/api/stock/items/not-a-uuid", hana, null).status()).isEqualTo(400);
        assertThat(quantity(hana, id)).isEqualByComparingTo("2");
    }

    @Test
    void childrenUseStockButOnlyAdultsSetItUpAndOnlyAdminsDelete() throws Exception {
        Caller admin = caller("ADMIN");
        Caller member = caller(admin.householdId(), "MEMBER");
        Caller child = caller(admin.householdId(), "CHILD");
        assertThat(call("POST", "/api/stock/items", child, paper(1, 0)).status()).isEqualTo(403);
        UUID id = create(member, paper(3, 0));
        assertThat(call("POST", "/api/stock/items/" + id + "/consume", child, null).status()).isEqualTo(200);
        assertThat(call("POST", "/api/stock/items/" + id + "/restock", child, Map.of("quantity", 1)).status()).isEqualTo(200);
        assertThat(call("DELETE", "/api/stock/items/" + id, member, null).status()).isEqualTo(403);
        assertThat(call("DELETE", "/api/stock/items/" + id, admin, null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/stock/items/" + id, admin, null).status()).isEqualTo(404);
    }

    @Test
    void rolesFollowTheMemberAsTheyAreNowNotAsTheTokenSays() throws Exception {
        Caller admin = caller("ADMIN");
        UUID first = create(admin, paper(1, 0));
        UUID second = create(admin, paper(1, 0));
        publish(admin.memberId().toString(), new MemberJoined(admin.householdId(), admin.memberId(), "花子", null,
                MemberRole.ADMIN, true, "default", "#E4572E"));
        publish(admin.memberId().toString(), new MemberUpdated(admin.householdId(), admin.memberId(), "花子", null,
                MemberRole.MEMBER, true, "default", "#E4572E"));
        await().atMost(WAIT).until(() -> "MEMBER".equals(jdbc.query("SELECT role FROM members WHERE id = ?",
                (rs, n) -> rs.getString(1), admin.memberId().toString()).stream().findFirst().orElse(null)));
        // The token still says ADMIN; the replica says MEMBER, and wins.
        assertThat(call("DELETE", "/api/stock/items/" + first, admin, null).status()).isEqualTo(403);
        publish(admin.memberId().toString(), new MemberRemoved(admin.householdId(), admin.memberId()));
        await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT active FROM members WHERE id = ?", Boolean.class,
                admin.memberId().toString()) == Boolean.FALSE);
        assertThat(call("GET", "/api/stock/items", admin, null).status()).isEqualTo(401);
        assertThat(call("POST", "/api/stock/items/" + second + "/consume", admin, null).status()).isEqualTo(401);
        Caller other = caller(admin.householdId(), "ADMIN");
        assertThat(quantity(other, first)).isEqualByComparingTo("1");
        assertThat(quantity(other, second)).isEqualByComparingTo("1");
    }

    @Test
    void aPurchaseDeliveredTwiceRestocksOnce() throws Exception {
        Caller hana = caller("ADMIN");
        UUID id = create(hana, paper(0, 2));
        ShoppingItemPurchased bought = new ShoppingItemPurchased(hana.householdId(), UUID.randomUUID(), "トイレットペーパー",
                new BigDecimal("12"), hana.memberId(), clock().instant(), id);
        UUID eventId = UUID.randomUUID();
        try (KafkaTestConsumer topic = new KafkaTestConsumer(Topics.INVENTORY)) {
            sendRaw(eventId, bought.itemId().toString(), bought);
            sendRaw(eventId, bought.itemId().toString(), bought);
            // A second purchase of another item, through the outbox, arrives after both (same key, same partition).
            UUID other = create(hana, paper(0, 0));
            publish(UUID.randomUUID().toString(), new ShoppingItemPurchased(hana.householdId(), UUID.randomUUID(), "x",
                    BigDecimal.ONE, null, clock().instant(), other));
            await().atMost(WAIT).until(() -> quantity(hana, other).signum() > 0);

            assertThat(quantity(hana, id)).isEqualByComparingTo("12");
            JsonNode history = call("GET", "/api/stock/items/" + id + "/movements", hana, null).json();
            assertThat(history.get("total").intValue()).isEqualTo(2);
            JsonNode purchase = history.get("items").get(0);
            assertThat(purchase.get("kind").asString()).isEqualTo("PURCHASE");
            assertThat(purchase.get("sourceRef").asString()).isEqualTo("shopping:" + bought.itemId());
            Answer now = call("GET", "/api/stock/items/" + id, hana, null);
            assertThat(now.json().get("lastPurchasedOn").asString()).isEqualTo(today().toString());
            assertThat(now.json().get("lowSignalled").booleanValue()).isFalse();
            assertThat(topic.awaitRecords(r -> is(r, "StockReplenished", id), 1, WAIT)).hasSize(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_id = ?", Integer.class, eventId.toString()))
                    .isEqualTo(1);
        }
    }

    @Test
    void aPurchaseForAnotherHouseholdsItemChangesNothing() throws Exception {
        Caller a = caller("ADMIN");
        Caller b = caller("ADMIN");
        UUID bItem = create(b, paper(1, 0));
        UUID aItem = create(a, paper(0, 0));
        publish("p1", new ShoppingItemPurchased(a.householdId(), UUID.randomUUID(), "x", new BigDecimal("5"), null,
                clock().instant(), bItem));
        publish("p2", new ShoppingItemPurchased(a.householdId(), UUID.randomUUID(), "x", new BigDecimal("5"), null,
                clock().instant(), aItem));
        await().atMost(WAIT).until(() -> quantity(a, aItem).signum() > 0);
        assertThat(quantity(b, bItem)).isEqualByComparingTo("1");
    }

    @Test
    void aRunOutConsumptionPeriodIsAnnouncedOncePerPeriodEvenWithTwoScannersAtOnce() throws Exception {
        Caller hana = caller("ADMIN");
        Map<String, Object> rice = paper(5, 1);
        rice.put("name", "米");
        rice.put("consumptionPeriodDays", 10);
        rice.put("lastPurchasedOn", today().toString());
        try (KafkaTestConsumer topic = new KafkaTestConsumer(Topics.INVENTORY)) {
            UUID id = create(hana, rice);
            assertThat(call("GET", "/api/stock/items/" + id, hana, null).json().get("periodRunsOutOn").asString())
                    .isEqualTo(today().plusDays(8).toString());
            clock().advance(Duration.ofDays(7));
            assertThat(stock.announceRunOutPeriods()).isZero();
            clock().advance(Duration.ofDays(1));

            ExecutorService pool = Executors.newFixedThreadPool(2);
            int announced;
            try {
                Future<Integer> one = pool.submit(stock::announceRunOutPeriods);
                Future<Integer> two = pool.submit(stock::announceRunOutPeriods);
                announced = one.get() + two.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(announced).isEqualTo(1);
            assertThat(stock.announceRunOutPeriods()).isZero();

            UUID marker = create(hana, paper(0, 1));
            topic.awaitRecords(r -> is(r, "StockBelowMinimum", marker), 1, WAIT);
            assertThat(topic.drain().stream().filter(r -> is(r, "StockBelowMinimum", id)).count()).isEqualTo(1);

            // A restock starts a new period, announced again when it runs out.
            call("POST", "/api/stock/items/" + id + "/restock", hana, Map.of("quantity", 5));
            clock().advance(Duration.ofDays(8));
            assertThat(stock.announceRunOutPeriods()).isEqualTo(1);
        }
    }
}
