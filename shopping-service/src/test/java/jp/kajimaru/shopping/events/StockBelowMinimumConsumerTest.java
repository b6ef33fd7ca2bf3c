package jp.kajimaru.shopping.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.events.inventory.StockItemAdded;
import jp.kajimaru.events.inventory.StockItemRemoved;
import jp.kajimaru.events.shopping.ItemSource;
import jp.kajimaru.events.shopping.ShoppingItemAdded;
import jp.kajimaru.shopping.item.ShoppingItemService;
import jp.kajimaru.shopping.support.ShoppingApiTest;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import jp.kajimaru.testsupport.TestClock;
import jp.kajimaru.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * inventory-service played by records on its topic, exactly as its relay writes them: one open item per stock item
 * and crossing, whether a crossing is delivered twice or two crossings race.
 */
class StockBelowMinimumConsumerTest extends ShoppingApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KafkaProducer<byte[], byte[]> producer;
    private static KafkaTestConsumer shoppingTopic;
    private final EventJson eventJson = new EventJson();

    @Autowired ShoppingItemService items;
    @Autowired TransactionTemplate tx;
    @Autowired MeterRegistry meters;

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        shoppingTopic = new KafkaTestConsumer(Topics.SHOPPING);
    }

    @AfterAll
    static void close() {
        producer.close();
        shoppingTopic.close();
    }

    private static EventEnvelope<StockBelowMinimum> crossing(UUID household, UUID stock, String name, String quantity,
                                                             String minimum, String category) {
        return new EventEnvelope<>(UUID.randomUUID(), "StockBelowMinimum", 1, TestClock.shared().instant(), household,
                "stockItem", stock.toString(), null, new StockBelowMinimum(household, stock, name, new BigDecimal(quantity),
                new BigDecimal(minimum), "個", category));
    }

    private void deliver(EventEnvelope<?> e) throws Exception {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.INVENTORY,
                e.householdId().toString().getBytes(StandardCharsets.UTF_8), eventJson.write(e.payload()));
        Map.of(EventHeaders.EVENT_ID, e.eventId().toString(), EventHeaders.EVENT_TYPE, e.type(),
                EventHeaders.EVENT_VERSION, Integer.toString(e.version()), EventHeaders.OCCURRED_AT, e.occurredAt().toString(),
                EventHeaders.HOUSEHOLD_ID, e.householdId().toString(), EventHeaders.AGGREGATE_TYPE, e.aggregateType(),
                EventHeaders.AGGREGATE_ID, e.aggregateId())
                .forEach((k, v) -> record.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
        producer.send(record).get(10, TimeUnit.SECONDS);
    }

    private boolean applied(EventEnvelope<?> e) {
        return count("SELECT COUNT(*) FROM inbox WHERE consumer = ? AND event_id = ?", InventoryEventsConsumer.CONSUMER,
                e.eventId().toString()) == 1;
    }

    private List<Map<String, Object>> onList(UUID household, UUID stock) {
        return jdbc.queryForList("SELECT * FROM shopping_items WHERE household_id = ? AND stock_item_id = ? "
                + "AND status IN ('OPEN', 'PENDING')", household.toString(), stock.toString());
    }

    private double duplicates() {
        Counter c = meters.find("kajimaru.inbox.events").tag("consumer", InventoryEventsConsumer.CONSUMER)
                .tag("outcome", "duplicate").counter();
        return c == null ? 0 : c.count();
    }

    private List<ShoppingItemAdded> addedFor(UUID household, UUID stock, int atLeast) {
        return shoppingTopic.awaitRecords(r -> household.toString().equals(KafkaTestConsumer.header(r, EventHeaders.HOUSEHOLD_ID))
                        && "ShoppingItemAdded".equals(KafkaTestConsumer.header(r, EventHeaders.EVENT_TYPE)), atLeast, WAIT)
                .stream().map(ConsumerRecord::value).map(v -> eventJson.read(v, ShoppingItemAdded.class)).toList();
    }

    @Test
    void aCrossingDeliveredTwiceGivesOneOpenPreApprovedItemWithWhatReachesTheMinimum() throws Exception {
        Family f = Family.create();
        UUID stock = UUID.randomUUID();
        EventEnvelope<StockBelowMinimum> low = crossing(f.household(), stock, "トイレットペーパー", "1", "4", "hygiene");
        deliver(low);
        await().atMost(WAIT).until(() -> applied(low));
        double before = duplicates();
        deliver(low);
        await().atMost(WAIT).until(() -> duplicates() > before);

        List<Map<String, Object>> open = onList(f.household(), stock);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("status")).isEqualTo("OPEN");
        assertThat(open.get(0).get("source")).isEqualTo("STOCK");
        assertThat((BigDecimal) open.get(0).get("quantity")).isEqualByComparingTo("3");
        assertThat(open.get(0).get("category")).isEqualTo("hygiene");
        assertThat(open.get(0).get("added_by_member_id")).isNull();
        assertThat(open.get(0).get("source_event_id")).isEqualTo(low.eventId().toString());
        assertThat(count("SELECT COUNT(*) FROM shopping_items WHERE household_id = ?", f.household().toString())).isEqualTo(1);

        ShoppingItemAdded added = addedFor(f.household(), stock, 1).get(0);
        assertThat(added.source()).isEqualTo(ItemSource.STOCK);
        assertThat(added.quantity()).isEqualByComparingTo("3");
        assertThat(added.addedByMemberId()).isNull();
        assertThat(shoppingTopic.drain().stream().filter(r -> f.household().toString()
                .equals(KafkaTestConsumer.header(r, EventHeaders.HOUSEHOLD_ID)))).hasSize(1);

        // The family sees it on the list, ready to tick; ticking it announces the stock item and the quantity.
        JsonNode list = json(call("GET", "/api/shopping/items", f.memberToken(), null));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("stockItemId").asString()).isEqualTo(stock.toString());
    }

    private static <P extends jp.kajimaru.events.DomainEvent> EventEnvelope<P> pantryEvent(String type, UUID household,
                                                                                          UUID stock, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type, 1, TestClock.shared().instant(), household, "stockItem",
                stock.toString(), null, payload);
    }

    @Test
    void aListItemLinksOnlyToAStockItemItsOwnPantryAnnounced() throws Exception {
        Family f = Family.create();
        Family other = Family.create();
        UUID rice = UUID.randomUUID();
        String linkToRice = "{\"name\":\"rice\",\"stockItemId\":\"" + rice + "\"}";
        HttpResponse<String> unknown = call("POST", "/api/shopping/items", f.memberToken(), linkToRice);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"stockItemId\"").contains("Your pantry has no such item.");

        EventEnvelope<StockItemAdded> added = pantryEvent("StockItemAdded", f.household(), rice,
                new StockItemAdded(f.household(), rice, "Rice", "kg"));
        deliver(added);
        await().atMost(WAIT).until(() -> applied(added));

        // Another household's stock item is refused as if it did not exist, on add and on edit; nothing is written.
        HttpResponse<String> foreign = call("POST", "/api/shopping/items", other.adminToken(), linkToRice);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(400);
        String tea = add(other.adminToken(), "{\"name\":\"tea\"}").get("id").asString();
        HttpResponse<String> foreignEdit = call("PATCH", "/api/shopping/items/" + tea, other.adminToken(),
                "{\"stockItemId\":\"" + rice + "\"}");
        assertThat(foreignEdit.statusCode()).as(foreignEdit.body()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM shopping_items WHERE household_id = ? AND stock_item_id IS NOT NULL",
                other.household().toString())).isZero();

        JsonNode linked = add(f.memberToken(), linkToRice);
        assertThat(linked.get("stockItemId").asString()).isEqualTo(rice.toString());

        // Deleted from the pantry: no new link to it; the item already linked keeps its link.
        EventEnvelope<StockItemRemoved> removed = pantryEvent("StockItemRemoved", f.household(), rice,
                new StockItemRemoved(f.household(), rice));
        deliver(removed);
        await().atMost(WAIT).until(() -> applied(removed));
        assertThat(call("POST", "/api/shopping/items", f.memberToken(), "{\"name\":\"brown rice\",\"stockItemId\":\""
                + rice + "\"}").statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT stock_item_id FROM shopping_items WHERE id = ?", String.class,
                linked.get("id").asString())).isEqualTo(rice.toString());
    }

    @Test
    void aStockItemPutOnTheListByACrossingCanBeLinkedByHand() throws Exception {
        Family f = Family.create();
        UUID stock = UUID.randomUUID();
        EventEnvelope<StockBelowMinimum> low = crossing(f.household(), stock, "Rice", "1", "2", "food");
        deliver(low);
        await().atMost(WAIT).until(() -> applied(low));
        String id = onList(f.household(), stock).get(0).get("id").toString();
        call("PUT", "/api/shopping/items/" + id + "/purchase", f.memberToken(), null);

        JsonNode again = add(f.memberToken(), "{\"name\":\"rice\",\"stockItemId\":\"" + stock + "\"}");
        assertThat(again.get("stockItemId").asString()).isEqualTo(stock.toString());
    }

    @Test
    void aLaterCrossingWhileTheItemIsOpenRaisesItsQuantityAndAddsNothing() throws Exception {
        Family f = Family.create();
        UUID stock = UUID.randomUUID();
        EventEnvelope<StockBelowMinimum> first = crossing(f.household(), stock, "Rice", "1.5", "2", "food");
        deliver(first);
        await().atMost(WAIT).until(() -> applied(first));
        // Someone typed the same thing meanwhile: it merges into the stock item's line.
        assertThat(call("POST", "/api/shopping/items", f.memberToken(), "{\"name\":\"RICE\",\"quantity\":1}").statusCode())
                .isEqualTo(200);
        EventEnvelope<StockBelowMinimum> second = crossing(f.household(), stock, "Rice", "0", "5", "food");
        deliver(second);
        await().atMost(WAIT).until(() -> applied(second));
        List<Map<String, Object>> open = onList(f.household(), stock);
        assertThat(open).hasSize(1);
        assertThat((BigDecimal) open.get(0).get("quantity")).isEqualByComparingTo("5");
        assertThat(open.get(0).get("category")).isEqualTo("other");
        assertThat(addedFor(f.household(), stock, 1)).hasSize(1);
    }

    @Test
    void anItemTypedBeforeTheCrossingIsLinkedAndApprovedInsteadOfDuplicated() throws Exception {
        Family f = Family.create();
        UUID stock = UUID.randomUUID();
        String asked = json(call("POST", "/api/shopping/items", f.childToken(), "{\"name\":\"せっけん\",\"quantity\":1}"))
                .get("id").asString();
        EventEnvelope<StockBelowMinimum> low = crossing(f.household(), stock, "セッケン", "0", "2", "hygiene");
        deliver(low);
        await().atMost(WAIT).until(() -> applied(low));
        List<Map<String, Object>> open = onList(f.household(), stock);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("id")).isEqualTo(asked);
        assertThat(open.get(0).get("status")).isEqualTo("OPEN");
        assertThat((BigDecimal) open.get(0).get("quantity")).isEqualByComparingTo("2");
        assertThat(shoppingTopic.awaitRecords(r -> f.household().toString().equals(KafkaTestConsumer.header(r, EventHeaders.HOUSEHOLD_ID))
                && "ShoppingItemApproved".equals(KafkaTestConsumer.header(r, EventHeaders.EVENT_TYPE)), 1, WAIT)).hasSize(1);
    }

    /**
     * Two crossings of one stock item race: the first is applied in a transaction the test holds open, the second
     * arrives meanwhile, misses the uncommitted item, and its insert waits on the unique key. When the first commits,
     * the second fails on that key, the consumer retries it, and the retry raises the one item's quantity.
     */
    @Test
    void twoCrossingsRacingStillGiveOneItemEnforcedByTheUniqueKey() throws Exception {
        Family f = Family.create();
        UUID stock = UUID.randomUUID();
        EventEnvelope<StockBelowMinimum> first = crossing(f.household(), stock, "Detergent", "1", "2", "laundry");
        // Renamed in the pantry meanwhile: only the key on the stock item can stop the second line.
        EventEnvelope<StockBelowMinimum> second = crossing(f.household(), stock, "Detergent refill", "0", "3", "laundry");
        tx.executeWithoutResult(status -> {
            items.addFromStock(first);
            try {
                deliver(second);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM information_schema.INNODB_TRX "
                    + "WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE '%shopping_items%'") > 0);
        });
        await().atMost(WAIT).until(() -> applied(second));
        List<Map<String, Object>> open = onList(f.household(), stock);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("source_event_id")).isEqualTo(first.eventId().toString());
        assertThat((BigDecimal) open.get(0).get("quantity")).isEqualByComparingTo("3");
        assertThat(open.get(0).get("category")).isEqualTo("household");
        assertThat(addedFor(f.household(), stock, 1)).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM shopping_items WHERE household_id = ?", f.household().toString())).isEqualTo(1);
    }
}
