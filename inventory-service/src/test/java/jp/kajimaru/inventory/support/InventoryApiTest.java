package jp.kajimaru.inventory.support;



import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.EventCatalog;
import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.EventType;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.TestClock;
import jp.kajimaru.testsupport.TestKafka;
import jp.kajimaru.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static jp.kajimaru.testsupport.KafkaTestConsumer.header;

/**
 * inventory-service on real MariaDB and Kafka; user-service is played by a token issuer, other services by events
 * written through the same outbox code they use (or, for a redelivery, sent as raw records with a repeated id).
 * The scheduled scans are off: tests run them through the services, at a clock they pinned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kajimaru.inventory.scans-enabled=false")
@RealInfrastructure
public abstract class InventoryApiTest {

    protected static final TestTokens tokens = TestTokens.start();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.security.jwks-uri", tokens::jwksUri);
    }

    @LocalServerPort protected int port;
    @Autowired protected OutboxWriter outbox;
    @Autowired protected TransactionTemplate tx;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected EventJson eventJson;

    @BeforeEach
    void startAtTheDefaultInstant() {
        clock().reset();
    }

    protected static TestClock clock() {
        return TestClock.shared();
    }

    protected static LocalDate today() {
        return LocalDate.now(clock().withZone(TOKYO));
    }

    /** A member of a household; each request carries a token minted at the pinned clock's now (tests move it by days). */
    public record Caller(UUID householdId, UUID memberId, String role) {

        public String token() {
            return tokens.token(householdId, memberId, role);
        }
    }

    protected static Caller caller(String role) {
        return caller(UUID.randomUUID(), role);
    }

    protected static Caller caller(UUID household, String role) {
        return new Caller(household, UUID.randomUUID(), role);
    }

    public record Answer(int status, JsonNode json, String body) {
    }

    protected Answer call(String method, String path, Caller who, Object body) throws Exception {
        return call(method, path, who, body, "en");
    }

    protected Answer call(String method, String path, Caller who, Object body, String language) throws Exception {
        String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        TestApi.Reply r = TestApi.onLocalPort(port).as(who == null ? null : who.token())
                .header("Accept-Language", language).send(method, path, json);
        JsonNode node = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
        return new Answer(r.status(), node, r.body());
    }

    /** Publishes an event the way its owning service does: through the outbox, so it crosses relay, topic and inbox. */
    protected void publish(String aggregateId, DomainEvent event) {
        tx.executeWithoutResult(s -> outbox.publish(aggregateId, event));
    }

    /** Sends one record straight to the event's topic with the given event id (send twice = a redelivery). */
    protected void sendRaw(UUID eventId, String aggregateId, DomainEvent event) throws Exception {
        EventType type = EventCatalog.current(event.getClass());
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(type.topic(),
                event.householdId().toString().getBytes(StandardCharsets.UTF_8), eventJson.write(event));
        Map.of(EventHeaders.EVENT_ID, eventId.toString(),
                EventHeaders.EVENT_TYPE, type.type(),
                EventHeaders.EVENT_VERSION, Integer.toString(type.version()),
                EventHeaders.OCCURRED_AT, clock().instant().toString(),
                EventHeaders.HOUSEHOLD_ID, event.householdId().toString(),
                EventHeaders.AGGREGATE_TYPE, type.aggregateType(),
                EventHeaders.AGGREGATE_ID, aggregateId)
                .forEach((k, v) -> r.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(r).get();
        }
    }

    protected static boolean is(ConsumerRecord<byte[], byte[]> r, String type, Object aggregateId) {
        return type.equals(header(r, EventHeaders.EVENT_TYPE)) && aggregateId.toString().equals(header(r, EventHeaders.AGGREGATE_ID));
    }

    protected static JsonNode payload(ConsumerRecord<byte[], byte[]> r) {
        return JSON.readTree(r.value());
    }

    protected static List<String> fieldsOf(Answer a) {
        if (a.json() == null || a.json().get("errors") == null) {
            return List.of();
        }
        return a.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
