package jp.kajimaru.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jp.kajimaru.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a dead letter back on the topic it came from: same key (so the same partition and order as its household's
 * other events), same value, same envelope headers, without the ones the binder added when it gave up. The consumer's
 * inbox then applies it at most once, whatever happens.
 *
 * <p>What was replayed is remembered in the service's {@code inbox} table (ADR 0012): one row per dead letter under
 * the consumer name {@value #MARKER_CONSUMER}, whose event id is a name-based UUID of dead-letter topic, partition and
 * offset. The row is inserted before the record is sent, in one transaction with the send: a failed send leaves no
 * marker, and a second replay of the same dead letter (or two operators at once) meets the primary key and is refused.
 */
public class DeadLetterReplayer implements AutoCloseable {

    static final String MARKER_CONSUMER = "dlq-replay";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayer.class);

    public enum Outcome { REPLAYED, ALREADY_REPLAYED, NOT_FOUND }

    public record Result(String topic, String id, String eventId, Outcome outcome) {
    }

    private final DeadLetterReader reader;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, Object> producerConfig;
    private final Duration sendTimeout;
    private KafkaProducer<byte[], byte[]> producer;

    public DeadLetterReplayer(DeadLetterReader reader, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
                              Map<String, Object> producerConfig, Duration sendTimeout) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.producerConfig = Map.copyOf(producerConfig);
        this.sendTimeout = sendTimeout;
    }

    /** Every dead letter of these topics, oldest first per partition, each marked replayed or not. */
    public List<DeadLetter> list(Set<String> topics) {
        List<DeadLetter> all = new ArrayList<>();
        for (String topic : topics) {
            for (ConsumerRecord<byte[], byte[]> r : reader.records(topic)) {
                all.add(DeadLetterReader.view(topic, r, replayed(r)));
            }
        }
        return all;
    }

    public Result replay(String topic, int partition, long offset) {
        Optional<ConsumerRecord<byte[], byte[]>> found = reader.record(topic, partition, offset);
        if (found.isEmpty()) {
            return new Result(topic, DeadLetter.id(partition, offset), null, Outcome.NOT_FOUND);
        }
        return replay(topic, found.get());
    }

    /** Replays every dead letter of these topics not replayed before. */
    public List<Result> replayAll(Set<String> topics) {
        List<Result> results = new ArrayList<>();
        for (String topic : topics) {
            for (ConsumerRecord<byte[], byte[]> r : reader.records(topic)) {
                if (!replayed(r)) {
                    results.add(replay(topic, r));
                }
            }
        }
        return results;
    }

    private Result replay(String topic, ConsumerRecord<byte[], byte[]> dead) {
        String id = DeadLetter.id(dead.partition(), dead.offset());
        String eventId = DeadLetterReader.header(dead, EventHeaders.EVENT_ID);
        Boolean sent = tx.execute(status -> {
            try {
                jdbc.update("INSERT INTO inbox (consumer, event_id, event_type, received_at) VALUES (?, ?, ?, ?)",
                        MARKER_CONSUMER, marker(dead).toString(),
                        Optional.ofNullable(DeadLetterReader.header(dead, EventHeaders.EVENT_TYPE)).orElse("unknown"),
                        Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException alreadyReplayed) {
                return false;
            }
            send(topic, dead);
            return true;
        });
        Outcome outcome = Boolean.TRUE.equals(sent) ? Outcome.REPLAYED : Outcome.ALREADY_REPLAYED;
        log.info("Dead letter {} {} of {} (event {}): {}", dead.topic(), id, topic, eventId, outcome);
        return new Result(topic, id, eventId, outcome);
    }

    private void send(String topic, ConsumerRecord<byte[], byte[]> dead) {
        ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(topic, null, dead.key(), dead.value());
        for (Header h : dead.headers()) {
            if (DeadLetterReader.BINDER_HEADER_PREFIXES.stream().noneMatch(h.key()::startsWith)) {
                again.headers().add(h);
            }
        }
        try {
            producer().send(again).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not replay to " + topic + ": " + e.getMessage(), e);
        }
    }

    private boolean replayed(ConsumerRecord<?, ?> dead) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE consumer = ? AND event_id = ?", Integer.class,
                MARKER_CONSUMER, marker(dead).toString()) > 0;
    }

    /** Stable per dead letter: the same topic, partition and offset always name the same marker row. */
    static UUID marker(ConsumerRecord<?, ?> dead) {
        return UUID.nameUUIDFromBytes((dead.topic() + "/" + dead.partition() + "/" + dead.offset())
                .getBytes(StandardCharsets.UTF_8));
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig);
        }
        return producer;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }
}
