package jp.kajimaru.shopping.item;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.shopping.ShoppingItemPurchased;
import jp.kajimaru.events.shopping.ShoppingItemRejected;
import jp.kajimaru.shopping.pantry.Pantry;
import jp.kajimaru.shopping.support.ShoppingApiTest;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import jp.kajimaru.testsupport.TestClock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The list through HTTP: merge, approval, roles, settings, validation, two phones, history, isolation. */
class ShoppingListApiTest extends ShoppingApiTest {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static KafkaTestConsumer topic;
    private final EventJson eventJson = new EventJson();
    @Autowired Pantry pantry;

    @BeforeAll
    static void readTheTopic() {
        topic = new KafkaTestConsumer(Topics.SHOPPING);
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    private List<ConsumerRecord<byte[], byte[]>> events(UUID household, String type, int atLeast) {
        return topic.awaitRecords(r -> household.toString().equals(KafkaTestConsumer.header(r, EventHeaders.HOUSEHOLD_ID))
                && type.equals(KafkaTestConsumer.header(r, EventHeaders.EVENT_TYPE)), atLeast, EVENTS);
    }

    @Test
    void theSameNameInAnyWidthOrKanaMergesIntoOneItem() throws Exception {
        Family f = Family.create();
        HttpResponse<String> first = call("POST", "/api/shopping/items", f.adminToken(),
                "{\"name\":\"ミルク\",\"quantity\":2,\"unit\":\"本\",\"category\":\"dairy\"}");
        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode milk = json(first);
        assertThat(milk.get("status").asString()).isEqualTo("OPEN");
        assertThat(milk.get("addedByMemberId").asString()).isEqualTo(f.admin().toString());
        assertThat(milk.get("source").asString()).isEqualTo("MANUAL");

        HttpResponse<String> again = call("POST", "/api/shopping/items", f.memberToken(), "{\"name\":\" ﾐﾙｸ \",\"quantity\":1}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("id").asString()).isEqualTo(milk.get("id").asString());
        assertThat(json(again).get("quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(call("POST", "/api/shopping/items", f.memberToken(), "{\"name\":\"みるく\"}").statusCode()).isEqualTo(200);

        JsonNode list = json(call("GET", "/api/shopping/items", f.memberToken(), null));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("quantity").decimalValue()).isEqualByComparingTo("4");
        assertThat(list.get(0).get("category").asString()).isEqualTo("dairy");
        List<ConsumerRecord<byte[], byte[]>> added = events(f.household(), "ShoppingItemAdded", 1);
        assertThat(added).hasSize(1);
    }

    @Test
    void aChildsAdditionWaitsForAnAdminWhoApprovesOrRejects() throws Exception {
        Family f = Family.create();
        HttpResponse<String> asked = call("POST", "/api/shopping/items", f.childToken(), "{\"name\":\"milk\"}");
        assertThat(asked.statusCode()).isEqualTo(201);
        String id = json(asked).get("id").asString();
        assertThat(json(asked).get("status").asString()).isEqualTo("PENDING");
        assertThat(json(call("GET", "/api/shopping/items?status=pending", f.adminToken(), null))).hasSize(1);
        assertThat(json(call("GET", "/api/shopping/items?status=open", f.adminToken(), null))).isEmpty();

        for (String token : List.of(f.childToken(), f.memberToken())) {
            HttpResponse<String> refused = call("PUT", "/api/shopping/items/" + id + "/approval", token, "{\"approved\":true}");
            assertThat(refused.statusCode()).isEqualTo(403);
        }
        assertThat(call("PUT", "/api/shopping/items/" + id + "/purchase", f.memberToken(), null).statusCode()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT status FROM shopping_items WHERE id = ?", String.class, id)).isEqualTo("PENDING");

        TestClock.shared().advance(Duration.ofMinutes(5));
        HttpResponse<String> approved = call("PUT", "/api/shopping/items/" + id + "/approval", f.adminToken(), "{\"approved\":true}");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json(approved).get("status").asString()).isEqualTo("OPEN");
        assertThat(json(approved).get("decidedByMemberId").asString()).isEqualTo(f.admin().toString());
        assertThat(json(approved).get("decidedAt").asString()).isEqualTo("2026-11-30T00:05:00Z");
        assertThat(call("PUT", "/api/shopping/items/" + id + "/approval", f.adminToken(), "{\"approved\":true}").statusCode())
                .isEqualTo(409);

        String candy = json(call("POST", "/api/shopping/items", f.childToken(), "{\"name\":\"candy\"}")).get("id").asString();
        HttpResponse<String> rejected = call("PUT", "/api/shopping/items/" + candy + "/approval", f.adminToken(),
                "{\"approved\":false,\"reason\":\"not today\"}");
        assertThat(json(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(json(call("GET", "/api/shopping/items?status=rejected", f.childToken(), null)).get(0).get("rejectReason")
                .asString()).isEqualTo("not today");
        // Rejected items are off the list: the same name may be asked for again.
        assertThat(call("POST", "/api/shopping/items", f.childToken(), "{\"name\":\"candy\"}").statusCode()).isEqualTo(201);

        assertThat(events(f.household(), "ShoppingItemApprovalRequested", 3)).hasSize(3);
        assertThat(events(f.household(), "ShoppingItemApproved", 1)).hasSize(1);
        ConsumerRecord<byte[], byte[]> rejection = events(f.household(), "ShoppingItemRejected", 1).get(0);
        assertThat(eventJson.read(rejection.value(), ShoppingItemRejected.class))
                .isEqualTo(new ShoppingItemRejected(f.household(), UUID.fromString(candy), "candy", f.admin(), "not today"));
        assertThat(events(f.household(), "ShoppingItemAdded", 0)).isEmpty();
    }

    @Test
    void onlyAnAdminChangesSettingsAndMembersThenNeedApproval() throws Exception {
        Family f = Family.create();
        JsonNode defaults = json(call("GET", "/api/shopping/settings", f.childToken(), null));
        assertThat(defaults.get("membersNeedApproval").asBoolean()).isFalse();
        assertThat(defaults.get("categories").toString()).contains("produce", "meatFish", "hygiene", "other");
        String body = "{\"membersNeedApproval\":true,\"categories\":[\"野菜\",\"dairy\",\"other\"]}";
        assertThat(call("PUT", "/api/shopping/settings", f.childToken(), body).statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/shopping/settings", f.memberToken(), body).statusCode()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM shopping_settings WHERE household_id = ?", f.household().toString())).isZero();

        HttpResponse<String> saved = call("PUT", "/api/shopping/settings", f.adminToken(), body);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json(saved).get("categories").toString()).isEqualTo("[\"野菜\",\"dairy\",\"other\"]");
        HttpResponse<String> stale = call("PUT", "/api/shopping/settings", f.adminToken(),
                "{\"membersNeedApproval\":false,\"categories\":[\"x\"],\"version\":" + (json(saved).get("version").asLong() + 7) + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("code").asString()).isEqualTo("editedMeanwhile");

        JsonNode asked = add(f.memberToken(), "{\"name\":\"にんじん\",\"category\":\"野菜\"}");
        assertThat(asked.get("status").asString()).isEqualTo("PENDING");
        assertThat(asked.get("category").asString()).isEqualTo("野菜");
        assertThat(add(f.adminToken(), "{\"name\":\"bread\"}").get("category").asString()).isEqualTo("other");
        HttpResponse<String> unknown = call("POST", "/api/shopping/items", f.adminToken(), "{\"name\":\"soap\",\"category\":\"hygiene\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"category\"");

        HttpResponse<String> empty = call("PUT", "/api/shopping/settings", f.adminToken(), "{\"membersNeedApproval\":true,\"categories\":[]}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"categories\"");
        HttpResponse<String> twice = call("PUT", "/api/shopping/settings", f.adminToken(),
                "{\"membersNeedApproval\":true,\"categories\":[\"Dairy\",\"dairy\"]}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"categories\"");
    }

    @Test
    void badInputIsAProblemWithFieldErrors() throws Exception {
        Family f = Family.create();
        HttpResponse<String> noName = call("POST", "/api/shopping/items", f.adminToken(), "{\"quantity\":0}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(noName.body()).contains("\"field\":\"name\"", "\"field\":\"quantity\"");
        assertThat(call("POST", "/api/shopping/items", f.adminToken(), "{\"name\":\"x\",\"quantity\":\"lots\"}").body())
                .contains("\"field\":\"quantity\"");
        assertThat(call("POST", "/api/shopping/items", f.adminToken(), "{\"name\":\"" + "x".repeat(101) + "\"}").body())
                .contains("\"field\":\"name\"");
        assertThat(call("POST", "/api/shopping/items", f.adminToken(), "{\"name\":\"x\",\"quantity\":1.234}").body())
                .contains("\"field\":\"quantity\"");
        assertThat(call("GET", "/api/shopping/items?status=bogus", f.adminToken(), null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/shopping/history?size=1000", f.adminToken(), null).body()).contains("\"field\":\"size\"");
        assertThat(call("GET", "/api/shopping/history?page=-1", f.adminToken(), null).body()).contains("\"field\":\"page\"");
        assertThat(call("GET", "/api/shopping/history?page=2147483647&size=100", f.adminToken(), null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/shopping/history?page=x", f.adminToken(), null).statusCode()).isEqualTo(400);
        String id = add(f.adminToken(), "{\"name\":\"tea\"}").get("id").asString();
        HttpResponse<String> blank = call("PATCH", "/api/shopping/items/" + id, f.adminToken(), "{\"name\":\"  \"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"name\"");
        assertThat(call("PUT", "/api/shopping/items/" + id + "/approval", f.adminToken(), "{}").body()).contains("\"field\":\"approved\"");
        assertThat(call("GET", "/api/shopping/items/not-a-uuid", f.adminToken(), null).statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM shopping_items WHERE household_id = ?", f.household().toString())).isEqualTo(1);
    }

    @Test
    void twoPhonesAStaleEditIs409AndNoTickIsLost() throws Exception {
        Family f = Family.create();
        UUID stock = UUID.randomUUID();
        pantry.added(f.household(), stock);
        JsonNode eggs = add(f.adminToken(), "{\"name\":\"eggs\",\"quantity\":1,\"unit\":\"pack\",\"stockItemId\":\"" + stock + "\"}");
        String id = eggs.get("id").asString();
        long read = eggs.get("version").asLong();
        HttpResponse<String> phoneA = call("PATCH", "/api/shopping/items/" + id, f.adminToken(),
                "{\"quantity\":2,\"version\":" + read + "}");
        assertThat(phoneA.statusCode()).isEqualTo(200);
        HttpResponse<String> phoneB = call("PATCH", "/api/shopping/items/" + id, f.memberToken(),
                "{\"memo\":\"large\",\"version\":" + read + "}");
        assertThat(phoneB.statusCode()).isEqualTo(409);
        assertThat(json(phoneB).get("code").asString()).isEqualTo("editedMeanwhile");
        assertThat(jdbc.queryForObject("SELECT memo FROM shopping_items WHERE id = ?", String.class, id)).isNull();

        // Both phones tick at the same moment: both succeed, the item is bought once.
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<HttpResponse<String>>> ticks = List.of(f.adminToken(), f.memberToken()).stream()
                .map(token -> CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await(10, TimeUnit.SECONDS);
                        return call("PUT", "/api/shopping/items/" + id + "/purchase", token, null);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).toList();
        for (CompletableFuture<HttpResponse<String>> tick : ticks) {
            HttpResponse<String> r = tick.get(30, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(json(r).get("status").asString()).isEqualTo("PURCHASED");
        }
        assertThat(call("PUT", "/api/shopping/items/" + id + "/purchase", f.childToken(), null).statusCode()).isEqualTo(200);
        List<ConsumerRecord<byte[], byte[]>> bought = events(f.household(), "ShoppingItemPurchased", 1);
        ShoppingItemPurchased purchased = eventJson.read(bought.get(0).value(), ShoppingItemPurchased.class);
        assertThat(purchased.stockItemId()).isEqualTo(stock);
        assertThat(purchased.quantity()).isEqualByComparingTo(new BigDecimal("2"));
        assertThat(purchased.itemId()).hasToString(id);
        assertThat(purchased.purchasedAt()).isEqualTo(TestClock.DEFAULT);
        assertThat(topic.drain().stream().filter(r -> "ShoppingItemPurchased".equals(KafkaTestConsumer.header(r, EventHeaders.EVENT_TYPE))
                && f.household().toString().equals(KafkaTestConsumer.header(r, EventHeaders.HOUSEHOLD_ID)))).hasSize(1);

        // Untick puts it back (twice is harmless); a new item of that name on the list blocks the untick.
        assertThat(json(call("DELETE", "/api/shopping/items/" + id + "/purchase", f.memberToken(), null)).get("status").asString())
                .isEqualTo("OPEN");
        assertThat(call("DELETE", "/api/shopping/items/" + id + "/purchase", f.memberToken(), null).statusCode()).isEqualTo(200);
        call("PUT", "/api/shopping/items/" + id + "/purchase", f.memberToken(), null);
        add(f.adminToken(), "{\"name\":\"EGGS\"}");
        assertThat(call("DELETE", "/api/shopping/items/" + id + "/purchase", f.memberToken(), null).statusCode()).isEqualTo(409);
        // So does a new line for the same stock item.
        UUID tofuStock = UUID.randomUUID();
        pantry.added(f.household(), tofuStock);
        String tofu = add(f.adminToken(), "{\"name\":\"tofu\",\"stockItemId\":\"" + tofuStock + "\"}").get("id").asString();
        call("PUT", "/api/shopping/items/" + tofu + "/purchase", f.memberToken(), null);
        add(f.adminToken(), "{\"name\":\"silken tofu\",\"stockItemId\":\"" + tofuStock + "\"}");
        HttpResponse<String> clash = call("DELETE", "/api/shopping/items/" + tofu + "/purchase", f.memberToken(), null);
        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(clash.body()).contains("\"field\":\"stockItemId\"");
        assertThat(jdbc.queryForObject("SELECT status FROM shopping_items WHERE id = ?", String.class, tofu)).isEqualTo("PURCHASED");
    }

    @Test
    void historyIsSearchablePagedAndBuysAgain() throws Exception {
        Family f = Family.create();
        for (String name : List.of("Milk", "Bread", "Soy ＭＩＬＫ")) {
            String id = add(f.adminToken(), "{\"name\":\"" + name + "\",\"quantity\":2,\"category\":\"dairy\"}").get("id").asString();
            TestClock.shared().advance(Duration.ofMinutes(1));
            assertThat(call("PUT", "/api/shopping/items/" + id + "/purchase", f.memberToken(), null).statusCode()).isEqualTo(200);
        }
        JsonNode all = json(call("GET", "/api/shopping/history", f.childToken(), null));
        assertThat(all.get("totalElements").asInt()).isEqualTo(3);
        assertThat(all.get("items").get(0).get("name").asString()).isEqualTo("Soy ＭＩＬＫ");
        JsonNode milk = json(call("GET", "/api/shopping/history?q=milk&size=1", f.childToken(), null));
        assertThat(milk.get("totalElements").asInt()).isEqualTo(2);
        assertThat(milk.get("totalPages").asInt()).isEqualTo(2);
        assertThat(milk.get("items")).hasSize(1);
        JsonNode second = json(call("GET", "/api/shopping/history?q=%EF%BD%8D%EF%BD%89%EF%BD%8C%EF%BD%8B&size=1&page=1", f.childToken(), null));
        assertThat(second.get("items").get(0).get("name").asString()).isEqualTo("Milk");
        assertThat(json(call("GET", "/api/shopping/history?q=%25", f.childToken(), null)).get("totalElements").asInt()).isZero();

        String boughtMilk = second.get("items").get(0).get("id").asString();
        HttpResponse<String> again = call("POST", "/api/shopping/history/" + boughtMilk + "/buy-again", f.childToken(), null);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).get("status").asString()).isEqualTo("PENDING");
        assertThat(json(again).get("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(json(again).get("category").asString()).isEqualTo("dairy");
        HttpResponse<String> merged = call("POST", "/api/shopping/history/" + boughtMilk + "/buy-again", f.adminToken(), null);
        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(json(merged).get("status").asString()).isEqualTo("OPEN");
        assertThat(json(merged).get("quantity").decimalValue()).isEqualByComparingTo("4");
        String open = json(merged).get("id").asString();
        assertThat(call("POST", "/api/shopping/history/" + open + "/buy-again", f.adminToken(), null).statusCode()).isEqualTo(409);
        assertThat(json(call("GET", "/api/shopping/history", f.childToken(), null)).get("totalElements").asInt()).isEqualTo(3);
    }

    @Test
    void aChildChangesOnlyWhatTheyAdded() throws Exception {
        Family f = Family.create();
        String adminItem = add(f.adminToken(), "{\"name\":\"coffee\"}").get("id").asString();
        String childItem = add(f.childToken(), "{\"name\":\"juice\"}").get("id").asString();
        assertThat(call("DELETE", "/api/shopping/items/" + adminItem, f.childToken(), null).statusCode()).isEqualTo(403);
        assertThat(call("PATCH", "/api/shopping/items/" + adminItem, f.childToken(), "{\"quantity\":5}").statusCode()).isEqualTo(403);
        assertThat(call("PATCH", "/api/shopping/items/" + childItem, f.childToken(), "{\"quantity\":2}").statusCode()).isEqualTo(200);
        assertThat(call("PATCH", "/api/shopping/items/" + childItem, f.childToken(), "{\"name\":\"Coffee\"}").statusCode()).isEqualTo(409);
        // Once approved, the amount is the admin's decision.
        call("PUT", "/api/shopping/items/" + childItem + "/approval", f.adminToken(), "{\"approved\":true}");
        assertThat(call("PATCH", "/api/shopping/items/" + childItem, f.childToken(), "{\"quantity\":20}").statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT quantity FROM shopping_items WHERE id = ?", BigDecimal.class, childItem))
                .isEqualByComparingTo("2");
        assertThat(call("DELETE", "/api/shopping/items/" + childItem, f.childToken(), null).statusCode()).isEqualTo(204);
        assertThat(count("SELECT COUNT(*) FROM shopping_items WHERE household_id = ?", f.household().toString())).isEqualTo(1);
    }

    @Test
    void anotherHouseholdsIdsAnswer404AndChangeNothing() throws Exception {
        Family a = Family.create();
        Family b = Family.create();
        String open = add(b.adminToken(), "{\"name\":\"Bob's rice\"}").get("id").asString();
        String pending = add(b.childToken(), "{\"name\":\"Bob's candy\"}").get("id").asString();
        String bought = add(b.adminToken(), "{\"name\":\"Bob's tea\"}").get("id").asString();
        call("PUT", "/api/shopping/items/" + bought + "/purchase", b.adminToken(), null);
        String before = jdbc.queryForList("SELECT CONCAT(id, status, quantity, version) FROM shopping_items WHERE household_id = ? "
                + "ORDER BY id", String.class, b.household().toString()).toString();

        List<HttpResponse<String>> replies = List.of(
                call("GET", "/api/shopping/items/" + open, a.adminToken(), null),
                call("PATCH", "/api/shopping/items/" + open, a.adminToken(), "{\"quantity\":9}"),
                call("DELETE", "/api/shopping/items/" + open, a.adminToken(), null),
                call("PUT", "/api/shopping/items/" + open + "/purchase", a.adminToken(), null),
                call("DELETE", "/api/shopping/items/" + bought + "/purchase", a.adminToken(), null),
                call("PUT", "/api/shopping/items/" + pending + "/approval", a.adminToken(), "{\"approved\":true}"),
                call("POST", "/api/shopping/history/" + bought + "/buy-again", a.adminToken(), null));
        assertThat(replies).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).doesNotContain("Bob");
        });
        assertThat(jdbc.queryForList("SELECT CONCAT(id, status, quantity, version) FROM shopping_items WHERE household_id = ? "
                + "ORDER BY id", String.class, b.household().toString()).toString()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM shopping_items WHERE household_id = ?", a.household().toString())).isZero();
        assertThat(call("GET", "/api/shopping/items", a.adminToken(), null).body()).isEqualTo("[]");
        assertThat(json(call("GET", "/api/shopping/history", a.adminToken(), null)).get("totalElements").asInt()).isZero();
    }
}
