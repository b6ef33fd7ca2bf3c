package jp.kajimaru.messaging.relay;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.Topics;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.messaging.testapp.NoteService;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.RestartableKafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jp.kajimaru.testsupport.TestDatabase;

import static jp.kajimaru.testsupport.KafkaTestConsumer.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker goes away while the service keeps writing events, then comes back: every event arrives.
 * Needs a broker it can stop, so it runs its own on fixed ports rather than the shared one.
 */
@RealInfrastructure
class RelayBrokerOutageTest {

    static final Duration WAIT = Duration.ofSeconds(120);
    static final RestartableKafkaBroker broker = new RestartableKafkaBroker();

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"debezium", "polling"})
    void everyEventWrittenDuringABrokerOutageArrivesAfterItReturns(String relay) {
        broker.start();
        TestDatabase db = TestDatabase.get();
        // Command-line arguments: they outrank application.yml and any system property.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MessagingTestApplication.class).run(
                "--spring.datasource.url=" + db.createSchema("outage" + relay),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--spring.cloud.stream.kafka.binder.brokers=" + broker.bootstrapServers(),
                "--spring.cloud.function.definition=",
                "--kajimaru.outbox.relay=" + relay,
                "--kajimaru.outbox.send-timeout=5s")) {
            NoteService notes = app.getBean(NoteService.class);
            UUID household = UUID.randomUUID();
            Set<String> before = Set.of(notes.write(household, "before", false).eventId().toString());
            await().atMost(WAIT).until(() -> received(household).containsAll(before));

            broker.stop();
            Set<String> during = new java.util.HashSet<>();
            for (int i = 0; i < 10; i++) {
                during.add(notes.write(household, "during-" + i, false).eventId().toString());
            }
            broker.start();

            await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> received(household).containsAll(during));
        } finally {
            broker.stop();
        }
    }

    /** Reads the whole topic by explicit assignment (no consumer group to join while the broker settles). */
    private static Set<String> received(UUID household) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.USER, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(5));
            List<ConsumerRecord<byte[], byte[]>> all = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
            return all.stream().filter(r -> household.toString().equals(header(r, EventHeaders.HOUSEHOLD_ID)))
                    .map(r -> header(r, EventHeaders.EVENT_ID)).collect(Collectors.toSet());
        } catch (RuntimeException brokerNotBackYet) {
            return Set.of();
        }
    }
}
