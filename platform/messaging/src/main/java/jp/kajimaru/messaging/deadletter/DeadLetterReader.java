package jp.kajimaru.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a dead-letter topic from its earliest to its latest offset with an assigned consumer: no consumer group, so
 * looking never moves anybody's position and any replica can answer.
 */
public class DeadLetterReader {

    /**
     * Why and from where, as the Spring Cloud Stream Kafka binder's DLQ writes it ({@code x-exception-message}, ...);
     * Spring Kafka's own recoverer names the same things {@code kafka_dlt-*}. Neither belongs on a replayed record.
     */
    static final List<String> BINDER_HEADER_PREFIXES = List.of("x-exception-", "x-original-", "kafka_dlt-");

    private static String binderHeader(ConsumerRecord<?, ?> r, String binderName, String springKafkaName) {
        return Optional.ofNullable(header(r, binderName)).orElse(header(r, springKafkaName));
    }

    private final Map<String, Object> consumerConfig;
    private final Duration timeout;

    public DeadLetterReader(Map<String, Object> kafkaConsumerConfig, Duration timeout) {
        Map<String, Object> config = new HashMap<>(kafkaConsumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerConfig = Map.copyOf(config);
        this.timeout = timeout;
    }

    /** Every record of {@code <topic>.dlq}; none when that topic does not exist yet. */
    public List<ConsumerRecord<byte[], byte[]>> records(String topic) {
        String dlq = Topics.dlq(topic);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<PartitionInfo> infos = consumer.partitionsFor(dlq, timeout);
            if (infos == null || infos.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(dlq, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        } catch (org.apache.kafka.common.errors.UnknownTopicOrPartitionException absent) {
            return List.of();
        }
    }

    /** The record at this partition and offset of {@code <topic>.dlq}, if it is there. */
    public Optional<ConsumerRecord<byte[], byte[]>> record(String topic, int partition, long offset) {
        TopicPartition tp = new TopicPartition(Topics.dlq(topic), partition);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<PartitionInfo> infos = consumer.partitionsFor(tp.topic(), timeout);
            if (infos == null || infos.stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp), timeout).get(tp);
            long begin = consumer.beginningOffsets(List.of(tp), timeout).get(tp);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset) {
                        return Optional.of(r);
                    }
                    if (r.offset() > offset) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    static DeadLetter view(String topic, ConsumerRecord<byte[], byte[]> r, boolean replayed) {
        return new DeadLetter(topic, r.topic(), r.partition(), r.offset(), DeadLetter.id(r.partition(), r.offset()),
                header(r, EventHeaders.EVENT_ID), header(r, EventHeaders.EVENT_TYPE), header(r, EventHeaders.EVENT_VERSION),
                header(r, EventHeaders.HOUSEHOLD_ID),
                binderHeader(r, "x-exception-fqcn", "kafka_dlt-exception-fqcn"),
                binderHeader(r, "x-exception-message", "kafka_dlt-exception-message"),
                Instant.ofEpochMilli(r.timestamp()), replayed);
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
