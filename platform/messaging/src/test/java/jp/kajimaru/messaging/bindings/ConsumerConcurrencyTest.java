package jp.kajimaru.messaging.bindings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Consumers read a topic with three threads (one per partition of a topic the binder creates), so one household's
 * slow handling does not hold up the others; a household's events still take effect in the order they were sent.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = {"kajimaru.outbox.relay=none",
        "spring.cloud.stream.bindings.testEvents-in-0.destination=" + ConsumerConcurrencyTest.TOPIC})
@RealInfrastructure
class ConsumerConcurrencyTest {

    static final String TOPIC = "kajimaru.concurrencytest.events";

    @Autowired BindingServiceProperties bindings;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventJson json;

    @Test
    void aConsumedTopicGetsThreePartitionsAndOneListenerThreadEach() throws Exception {
        assertThat(bindings.getConsumerProperties("testEvents-in-0").getConcurrency()).isEqualTo(3);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers()))) {
            assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(3);
        }
    }

    @Test
    void eachHouseholdsEventsTakeEffectInTheOrderTheyWereSent() throws Exception {
        Map<UUID, List<String>> sent = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (int i = 0; i < 20; i++) {
                for (int h = 0; h < 8; h++) {
                    UUID household = new UUID(42, h);
                    String name = "h" + h + "-" + i;
                    sent.computeIfAbsent(household, k -> new ArrayList<>()).add(name);
                    producer.send(record(household, name));
                }
            }
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM effects WHERE text LIKE 'h%-%'", Integer.class) == 160);
        for (int h = 0; h < 8; h++) {
            List<String> applied = jdbc.queryForList("SELECT text FROM effects WHERE text LIKE ? ORDER BY id", String.class,
                    "h" + h + "-%");
            assertThat(applied).as("household %d", h).containsExactlyElementsOf(sent.get(new UUID(42, h)));
        }
    }

    private ProducerRecord<byte[], byte[]> record(UUID household, String name) {
        byte[] payload = json.write(new MemberJoined(household, UUID.randomUUID(), name, null, MemberRole.MEMBER, false,
                "default", "#000000"));
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(TOPIC, household.toString().getBytes(StandardCharsets.UTF_8),
                payload);
        Map.of(EventHeaders.EVENT_ID, UUID.randomUUID().toString(), EventHeaders.EVENT_TYPE, "MemberJoined",
                EventHeaders.EVENT_VERSION, "1", EventHeaders.OCCURRED_AT, Instant.EPOCH.toString(),
                EventHeaders.HOUSEHOLD_ID, household.toString(), EventHeaders.AGGREGATE_TYPE, "member",
                EventHeaders.AGGREGATE_ID, name)
                .forEach((k, v) -> r.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
        return r;
    }
}
