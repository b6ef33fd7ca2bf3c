package jp.kajimaru.notification.support;


import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.EventCatalog;
import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.EventType;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestApi;
import jp.kajimaru.testsupport.TestClock;
import jp.kajimaru.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-service on real MariaDB and Kafka, with user-service played by a test token issuer. Events are fed to
 * the real consumer functions as the Kafka binder hands them over (same headers, same JSON), so every contract is
 * checked against the records in platform/events; flow tests send them over the broker too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kajimaru.notifications.sse-sweep=PT0.2S",
        "kajimaru.notifications.sse-heartbeat=PT1S",
        "kajimaru.notifications.reminders.poll=PT0.2S"})
@RealInfrastructure
public abstract class NotificationApiTest {

    protected static final TestTokens tokens = TestTokens.start();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final EventJson EVENT_JSON = new EventJson();

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.security.jwks-uri", tokens::jwksUri);
    }

    @LocalServerPort protected int port;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired @Qualifier("userEvents") protected Consumer<Message<byte[]>> userEvents;
    @Autowired @Qualifier("rotationEvents") protected Consumer<Message<byte[]>> rotationEvents;
    @Autowired @Qualifier("inventoryEvents") protected Consumer<Message<byte[]>> inventoryEvents;
    @Autowired @Qualifier("shoppingEvents") protected Consumer<Message<byte[]>> shoppingEvents;
    @Autowired @Qualifier("weatherEvents") protected Consumer<Message<byte[]>> weatherEvents;

    public record Person(UUID id, String name, MemberRole role) {
        public static Person of(String name, MemberRole role) {
            return new Person(UUID.randomUUID(), name, role);
        }
    }

    @BeforeEach
    void startAtTheDefaultInstant() {
        clock().reset();
    }

    protected static TestClock clock() {
        return TestClock.shared();
    }

    /** A Kafka record as the binder delivers it: payload JSON plus the envelope headers. */
    public static Message<byte[]> record(UUID eventId, String aggregateId, DomainEvent payload) {
        EventType type = EventCatalog.current(payload.getClass());
        return MessageBuilder.withPayload(EVENT_JSON.write(payload))
                .setHeader(EventHeaders.EVENT_ID, eventId.toString().getBytes())
                .setHeader(EventHeaders.EVENT_TYPE, type.type().getBytes())
                .setHeader(EventHeaders.EVENT_VERSION, Integer.toString(type.version()).getBytes())
                .setHeader(EventHeaders.OCCURRED_AT, clock().instant().toString().getBytes())
                .setHeader(EventHeaders.HOUSEHOLD_ID, payload.householdId().toString().getBytes())
                .setHeader(EventHeaders.AGGREGATE_TYPE, type.aggregateType().getBytes())
                .setHeader(EventHeaders.AGGREGATE_ID, aggregateId.getBytes())
                .build();
    }

    public static Message<byte[]> record(DomainEvent payload) {
        return record(UUID.randomUUID(), UUID.randomUUID().toString(), payload);
    }

    /** Feeds an event to the consumer of its topic. */
    protected void deliver(Message<byte[]> message) {
        String type = new String((byte[]) message.getHeaders().get(EventHeaders.EVENT_TYPE));
        String topic = EventCatalog.all().stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow().topic();
        Consumer<Message<byte[]>> consumer = switch (topic) {
            case "kajimaru.user.events" -> userEvents;
            case "kajimaru.rotation.events" -> rotationEvents;
            case "kajimaru.inventory.events" -> inventoryEvents;
            case "kajimaru.shopping.events" -> shoppingEvents;
            case "kajimaru.weather.events" -> weatherEvents;
            default -> throw new IllegalArgumentException(topic);
        };
        consumer.accept(message);
    }

    protected void deliver(DomainEvent payload) {
        deliver(record(payload));
    }

    /** A household and its members, the way user-service announces them. */
    protected void household(UUID household, String locale, ZoneId zone, List<Person> people) {
        deliver(new HouseholdCreated(household, "Tanaka", zone.getId(), locale, new Location("東京", 35.6895, 139.69171),
                RotationUnit.WEEKLY, false, 15, people.get(0).id()));
        for (Person p : people) {
            deliver(new MemberJoined(household, p.id(), p.name(), null, p.role(), true, "default", "#E4572E"));
        }
    }

    protected String token(UUID household, Person p) {
        return tokens.token(household, p.id(), p.role().name());
    }

    protected HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return TestApi.onLocalPort(port).as(token).send(method, path, json).raw();
    }

    protected JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The member's messages straight from the table, newest first: kind and title. */
    protected List<Map<String, Object>> messages(UUID member) {
        return jdbc.queryForList("SELECT kind, title, body, dedupe_key FROM notifications WHERE member_id = ? ORDER BY seq DESC",
                member.toString());
    }

    protected int count(UUID member) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notifications WHERE member_id = ?", Integer.class, member.toString());
    }

    protected static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
