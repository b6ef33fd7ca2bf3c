package jp.kajimaru.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.MessagingException;

/**
 * The log line of a failure that reaches Spring Integration's global {@code errorChannel}, in place of its default
 * {@code LoggingHandler} (silenced by {@code MessagingDefaults}; ADR 0012). A consumer's event whose retries are used
 * up and that the binder writes to {@code <topic>.dlq} is expected and handled: one WARN for the operator with event
 * id and type, topic, partition-offset, the dead-letter topic and the handler's reason, nothing else. Anything else on
 * that channel (no Kafka record, or a topic without a dead-letter topic here) is still an ERROR with its stack trace.
 */
public class DeadLetterLog implements MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterLog.class);

    private final Set<String> deadLetteredTopics;

    /** @param deadLetteredTopics the topics whose failed records the binder writes to their {@code .dlq} topic */
    public DeadLetterLog(Set<String> deadLetteredTopics) {
        this.deadLetteredTopics = Set.copyOf(deadLetteredTopics);
    }

    @Override
    public void handleMessage(Message<?> error) {
        Throwable failure = error.getPayload() instanceof Throwable t ? t : null;
        Optional<Origin> origin = origin(error, failure);
        if (origin.isPresent() && deadLetteredTopics.contains(origin.get().topic())) {
            Origin o = origin.get();
            log.warn("Dead-lettered {} {} from {} {}-{} to {}: {}", Optional.ofNullable(o.eventType()).orElse("event"),
                    Optional.ofNullable(o.eventId()).orElse("without an event id"), o.topic(), o.partition(), o.offset(),
                    Topics.dlq(o.topic()), reason(failure));
            return;
        }
        if (failure != null) {
            log.error("Unhandled failure on the error channel: {}", failure.toString(), failure);
        } else {
            log.error("Unhandled message on the error channel: {}", error);
        }
    }

    /** Where the failed record came from: the binder's raw record if it kept one, else the failed message's headers. */
    static Optional<Origin> origin(Message<?> error, Throwable failure) {
        if (error.getHeaders().get(KafkaHeaders.RAW_DATA) instanceof ConsumerRecord<?, ?> r) {
            return Optional.of(new Origin(r.topic(), r.partition(), r.offset(), header(r, EventHeaders.EVENT_ID),
                    header(r, EventHeaders.EVENT_TYPE)));
        }
        if (failure instanceof MessagingException m && m.getFailedMessage() != null) {
            MessageHeaders h = m.getFailedMessage().getHeaders();
            Object topic = h.get(KafkaHeaders.RECEIVED_TOPIC);
            if (topic != null) {
                return Optional.of(new Origin(topic.toString(), number(h.get(KafkaHeaders.RECEIVED_PARTITION)),
                        number(h.get(KafkaHeaders.OFFSET)), text(h.get(EventHeaders.EVENT_ID)),
                        text(h.get(EventHeaders.EVENT_TYPE))));
            }
        }
        return Optional.empty();
    }

    /** The innermost cause: the handler's own exception, not the retry template's and the binder's wrappers. */
    static String reason(Throwable failure) {
        if (failure == null) {
            return "unknown";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    record Origin(String topic, long partition, long offset, String eventId, String eventType) {
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        return value instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : value == null ? null : value.toString();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : value == null ? -1 : Long.parseLong(text(value));
    }
}
