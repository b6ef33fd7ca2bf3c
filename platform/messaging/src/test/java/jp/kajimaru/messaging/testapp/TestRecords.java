package jp.kajimaru.messaging.testapp;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.testsupport.TestClock;
import jp.kajimaru.testsupport.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Kafka records as the relay would send them (key household, envelope in headers), for the consumer-side tests. */
public final class TestRecords {

    private TestRecords() {
    }

    /** A plain producer to the test broker; the caller closes it. */
    public static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    public static ProducerRecord<byte[], byte[]> record(String topic, UUID eventId, UUID household, String type,
                                                        String version, byte[] payload) {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(topic, household.toString().getBytes(StandardCharsets.UTF_8),
                payload);
        Map.of(EventHeaders.EVENT_ID, eventId.toString(),
                EventHeaders.EVENT_TYPE, type,
                EventHeaders.EVENT_VERSION, version,
                EventHeaders.OCCURRED_AT, TestClock.shared().instant().toString(),
                EventHeaders.HOUSEHOLD_ID, household.toString(),
                EventHeaders.AGGREGATE_TYPE, "member",
                EventHeaders.AGGREGATE_ID, UUID.randomUUID().toString())
                .forEach((k, v) -> r.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
        return r;
    }
}
