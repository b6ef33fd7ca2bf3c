package jp.kajimaru.systemtests;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kajimaru.testsupport.TestApi;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #11's three loops across services over Kafka, in the running stack, through the gateway:
 * <ol>
 *   <li>consumption below the minimum (inventory) → exactly one open shopping item (shopping), also when the same
 *       StockBelowMinimum record is delivered again and when a second crossing comes while the item is open;</li>
 *   <li>that item ticked purchased (shopping) → the stock item restocked by its quantity and re-armed (inventory), so
 *       the next crossing puts a new item on the list;</li>
 *   <li>maintenance due (inventory) → a chore in the household's tasks (rotation) → completed there → the maintenance's
 *       next due date rolled (inventory).</li>
 * </ol>
 * Waits are Awaitility polls; "everything before this has been handled" is shown by a marker: inventory's events of
 * one household share a partition and are consumed in order, so once a later crossing shows up on the list, every
 * earlier record of that household has been consumed too.
 */
class PantryLoopsIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final Duration POLL = Duration.ofMillis(200);
    private static final String INVENTORY_TOPIC = "kajimaru.inventory.events";
    private static final Pattern KAFKA_LINE = Pattern.compile("^\\s*Kafka\\s+(\\S+)\\s");

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.get();
    }

    /** A new household (its admin signed up) that rotation and inventory both know. */
    record Family(TestApi admin, LocalDate today) {

        static Family create(String name) {
            TestApi admin = StackSignUp.admin("pantry", "Hana", name);
            // rotation knows the household once its dashboard answers; "today" is the stack clock's, in its zone.
            await().atMost(WAIT).pollInterval(POLL).until(() -> admin.get("/api/dashboard").status() == 200);
            JsonNode dashboard = admin.get("/api/dashboard").json();
            return new Family(admin, LocalDate.parse(dashboard.get("today").asString()));
        }

        JsonNode stockItem(String name, String quantity, String minimum, String reorder) {
            TestApi.Reply r = admin.post("/api/stock/items", "{\"name\":\"" + name + "\",\"category\":\"FOOD\",\"unit\":\"本\","
                    + "\"quantity\":" + quantity + ",\"minimum\":" + minimum
                    + (reorder == null ? "" : ",\"reorderQuantity\":" + reorder) + "}");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            return r.json();
        }

        JsonNode stock(String id) {
            return ok(admin.get("/api/stock/items/" + id));
        }

        JsonNode consume(String id, int n) {
            return ok(admin.post("/api/stock/items/" + id + "/consume", "{\"quantity\":" + n + "}"));
        }

        /** The open and pending items on the list that stand for this stock item. */
        List<JsonNode> onList(String stockItemId) {
            List<JsonNode> found = new ArrayList<>();
            for (String status : List.of("open", "pending")) {
                for (JsonNode item : ok(admin.get("/api/shopping/items?status=" + status))) {
                    if (stockItemId.equals(text(item, "stockItemId"))) {
                        found.add(item);
                    }
                }
            }
            return found;
        }

        JsonNode awaitOneOnList(String stockItemId) {
            await().atMost(WAIT).pollInterval(POLL).until(() -> !onList(stockItemId).isEmpty());
            List<JsonNode> items = onList(stockItemId);
            assertThat(items).as("items on the list for stock item " + stockItemId).hasSize(1);
            return items.get(0);
        }

        /**
         * Puts a marker item on the list through inventory (created below its minimum, so it crosses at once) and waits
         * for it: every inventory event of this household before it has been consumed by then.
         */
        void awaitInventoryEventsHandled() {
            JsonNode marker = stockItem("marker-" + UUID.randomUUID().toString().substring(0, 8), "0", "1", null);
            awaitOneOnList(marker.get("id").asString());
        }
    }

    static JsonNode ok(TestApi.Reply r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
        return r.json();
    }

    /** The field as text, or null when it is null or absent. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    @Test
    void consumingBelowTheMinimumPutsOneItemOnTheListAndBuyingItRestocksAndReArms() throws Exception {
        Family f = Family.create("Pantry loop");
        JsonNode milk = f.stockItem("牛乳", "3", "2", "6");
        String milkId = milk.get("id").asString();

        assertThat(f.consume(milkId, 1).get("quantity").decimalValue()).isEqualByComparingTo("2"); // at the minimum
        assertThat(f.consume(milkId, 1).get("quantity").decimalValue()).isEqualByComparingTo("1"); // crossing

        JsonNode item = f.awaitOneOnList(milkId);
        assertThat(item.get("status").asString()).isEqualTo("OPEN");
        assertThat(item.get("source").asString()).isEqualTo("STOCK");
        assertThat(item.get("quantity").decimalValue()).as("the stock item's reorder quantity").isEqualByComparingTo("6");
        String itemId = item.get("id").asString();

        // The same StockBelowMinimum record delivered again, and consumption within the same crossing: still one item.
        redeliverStockBelowMinimum(milkId);
        assertThat(f.consume(milkId, 1).get("quantity").decimalValue()).isEqualByComparingTo("0");
        f.awaitInventoryEventsHandled();
        List<JsonNode> afterRedelivery = f.onList(milkId);
        assertThat(afterRedelivery).hasSize(1);
        assertThat(afterRedelivery.get(0).get("id").asString()).isEqualTo(itemId);
        assertThat(afterRedelivery.get(0).get("quantity").decimalValue()).isEqualByComparingTo("6");

        // A second crossing while the item is still open (restocked by hand, then consumed below again): still one.
        ok(f.admin().post("/api/stock/items/" + milkId + "/restock", "{\"quantity\":3}"));
        assertThat(f.consume(milkId, 2).get("quantity").decimalValue()).isEqualByComparingTo("1");
        f.awaitInventoryEventsHandled();
        assertThat(f.onList(milkId)).extracting(i -> i.get("id").asString()).containsExactly(itemId);

        // Bought in the shop: inventory restocks by the bought quantity (1 + 6) and re-arms the item.
        JsonNode bought = ok(f.admin().put("/api/shopping/items/" + itemId + "/purchase", null));
        assertThat(bought.get("status").asString()).isEqualTo("PURCHASED");
        await().atMost(WAIT).pollInterval(POLL).until(() -> f.stock(milkId).get("quantity").decimalValue()
                .compareTo(new BigDecimal("7")) == 0);
        JsonNode restocked = f.stock(milkId);
        assertThat(restocked.get("lowSignalled").asBoolean()).isFalse();
        assertThat(restocked.get("low").asBoolean()).isFalse();
        JsonNode movements = ok(f.admin().get("/api/stock/items/" + milkId + "/movements")).get("items");
        assertThat(movements).anySatisfy(m -> {
            assertThat(m.get("kind").asString()).isEqualTo("PURCHASE");
            assertThat(m.get("delta").decimalValue()).isEqualByComparingTo("6");
            assertThat(m.get("sourceRef").asString()).isEqualTo("shopping:" + itemId);
        });
        assertThat(f.onList(milkId)).isEmpty();

        // Re-armed: the next crossing is a new item on the list.
        assertThat(f.consume(milkId, 6).get("quantity").decimalValue()).isEqualByComparingTo("1");
        JsonNode again = f.awaitOneOnList(milkId);
        assertThat(again.get("id").asString()).isNotEqualTo(itemId);
        assertThat(again.get("quantity").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void dueMaintenanceBecomesAChoreWhoseCompletionRollsTheNextDueDate() {
        Family f = Family.create("Maintenance loop");
        JsonNode aircon = ok(f.admin().post("/api/equipment",
                "{\"kind\":\"APPLIANCE\",\"name\":\"エアコン\",\"location\":\"居間\"}"));
        // Due today (last done 30 days ago, every 30 days) with three days' lead: inside its lead window now, so
        // inventory announces it when it is added, whatever its due scan's interval.
        LocalDate lastDone = f.today().minusDays(30);
        JsonNode maintenance = ok(f.admin().post("/api/equipment/" + aircon.get("id").asString() + "/maintenance",
                "{\"name\":\"フィルター掃除\",\"intervalDays\":30,\"lastDone\":\"" + lastDone + "\",\"leadDays\":3,\"weight\":4}"));
        String maintenanceId = maintenance.get("id").asString();
        LocalDate due = f.today();
        assertThat(maintenance.get("nextDue").asString()).isEqualTo(due.toString());
        assertThat(maintenance.get("dueNotified").asBoolean()).isTrue();

        // rotation: one task for the cycle on its due date, fairly assigned (the only member here), with inventory's weight.
        await().atMost(WAIT).pollInterval(POLL).until(() -> maintenanceTask(f, maintenanceId).isPresent());
        JsonNode task = maintenanceTask(f, maintenanceId).orElseThrow();
        assertThat(task.get("choreName").asString()).isEqualTo("エアコン: フィルター掃除");
        assertThat(task.get("date").asString()).isEqualTo(due.toString());
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("weight").asInt()).isEqualTo(4);
        assertThat(text(task, "assigneeMemberId")).as("assigned to someone").isNotNull();
        assertThat(f.admin().get("/api/dashboard").body()).contains(task.get("id").asString());

        ok(f.admin().put("/api/tasks/" + task.get("id").asString() + "/completion", null));

        // inventory: done today (the completion's day), next due 30 days on, the new cycle not announced yet.
        LocalDate rolled = f.today().plusDays(30);
        await().atMost(WAIT).pollInterval(POLL).until(() -> rolled.toString()
                .equals(maintenanceOf(f, aircon.get("id").asString(), maintenanceId).get("nextDue").asString()));
        JsonNode after = maintenanceOf(f, aircon.get("id").asString(), maintenanceId);
        assertThat(after.get("lastDone").asString()).isEqualTo(f.today().toString());
        assertThat(after.get("dueNotified").asBoolean()).isFalse();
        assertThat(maintenanceTask(f, maintenanceId).orElseThrow().get("status").asString()).isEqualTo("DONE");
    }

    private static Optional<JsonNode> maintenanceTask(Family f, String maintenanceId) {
        JsonNode tasks = ok(f.admin().get("/api/tasks?from=" + f.today() + "&to=" + f.today().plusDays(7)));
        for (JsonNode t : tasks) {
            if ("MAINTENANCE".equals(text(t, "origin")) && maintenanceId.equals(text(t, "choreId"))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static JsonNode maintenanceOf(Family f, String equipmentId, String maintenanceId) {
        for (JsonNode t : ok(f.admin().get("/api/equipment/" + equipmentId + "/maintenance"))) {
            if (maintenanceId.equals(t.get("id").asString())) {
                return t;
            }
        }
        throw new AssertionError("maintenance task " + maintenanceId + " is gone");
    }

    /** The stack's broker, as the launcher printed it ("  Kafka       127.0.0.1:port  embedded, ..."). */
    static String kafkaBootstrap() throws Exception {
        for (String line : RunningStack.get().output()) {
            Matcher m = KAFKA_LINE.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the launcher did not print its Kafka address");
    }

    /** Finds inventory's StockBelowMinimum record for this stock item on its topic and sends it again, byte for byte. */
    private static void redeliverStockBelowMinimum(String stockItemId) throws Exception {
        String bootstrap = kafkaBootstrap();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                     ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(INVENTORY_TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            AtomicReference<ConsumerRecord<byte[], byte[]>> found = new AtomicReference<>();
            await().atMost(WAIT).until(() -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if ("StockBelowMinimum".equals(header(r, "eventType")) && stockItemId.equals(header(r, "aggregateId"))) {
                        found.set(r);
                    }
                }
                return found.get() != null;
            });
            ConsumerRecord<byte[], byte[]> original = found.get();
            ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(original.topic(), original.partition(),
                    original.key(), original.value(), original.headers());
            producer.send(again).get();
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), UTF_8);
    }
}
