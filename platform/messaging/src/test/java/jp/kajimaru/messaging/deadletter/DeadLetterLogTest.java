package jp.kajimaru.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import jp.kajimaru.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.ErrorMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures on the {@code errorChannel} are an operator WARN (a record of a topic with a dead-letter topic) and
 * which stay an ERROR (ADR 0012). {@link PoisonEventReplayTest} shows the WARN of a real dead letter over a broker.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterLogTest {

    private final DeadLetterLog log = new DeadLetterLog(Set.of("kajimaru.user.events"));

    @Test
    void aRecordOfATopicWithADeadLetterTopicIsOneWarnWithItsEventAndPlace(CapturedOutput output) {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("kajimaru.user.events", 2, 41L, new byte[0], new byte[0]);
        record.headers().add(EventHeaders.EVENT_ID, "0b9c7a52-7c35-4d3e-9a57-1f6f0c1f1a01".getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, "MemberJoined".getBytes(StandardCharsets.UTF_8));
        Message<String> failed = MessageBuilder.withPayload("x").build();
        log.handleMessage(new ErrorMessage(new MessagingException(failed, "retries exhausted",
                new IllegalArgumentException("display name not accepted")), java.util.Map.of(KafkaHeaders.RAW_DATA, record)));

        String line = output.getAll().lines().filter(l -> l.contains("0b9c7a52-7c35-4d3e-9a57-1f6f0c1f1a01"))
                .findFirst().orElseThrow();
        assertThat(line).contains("WARN", "MemberJoined", "kajimaru.user.events 2-41", "kajimaru.user.events.dlq",
                "java.lang.IllegalArgumentException: display name not accepted");
        assertThat(output.getAll().lines().filter(l -> l.contains("Dead-lettered") || l.contains("Unhandled"))).hasSize(1);
    }

    @Test
    void theFailedMessagesKafkaHeadersNameThePlaceWhenThereIsNoRawRecord(CapturedOutput output) {
        Message<String> failed = MessageBuilder.withPayload("x").setHeader(KafkaHeaders.RECEIVED_TOPIC, "kajimaru.user.events")
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, 1).setHeader(KafkaHeaders.OFFSET, 7L)
                .setHeader(EventHeaders.EVENT_ID, "5e2c9b0e-2d7a-4a5e-8f57-3c1b2a0d9e77".getBytes(StandardCharsets.UTF_8))
                .build();
        log.handleMessage(new ErrorMessage(new MessagingException(failed, "no", new IllegalStateException("boom"))));

        String line = output.getAll().lines().filter(l -> l.contains("5e2c9b0e-2d7a-4a5e-8f57-3c1b2a0d9e77"))
                .findFirst().orElseThrow();
        assertThat(line).contains("WARN", "kajimaru.user.events 1-7", "java.lang.IllegalStateException: boom")
                .doesNotContain("ERROR");
    }

    @Test
    void aFailureWithoutARecordOrFromATopicWithoutADeadLetterTopicStaysAnError(CapturedOutput output) {
        log.handleMessage(new ErrorMessage(new MessagingException("a poller failed", new IllegalStateException("no record"))));
        Message<String> elsewhere = MessageBuilder.withPayload("x").setHeader(KafkaHeaders.RECEIVED_TOPIC, "other.topic")
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, 0).setHeader(KafkaHeaders.OFFSET, 3L).build();
        log.handleMessage(new ErrorMessage(new MessagingException(elsewhere, "failed", new IllegalStateException("not ours"))));

        assertThat(output.getAll().lines().filter(l -> l.contains("ERROR") && l.contains("Unhandled failure")).count())
                .isEqualTo(2);
        assertThat(output.getAll()).doesNotContain("Dead-lettered");
    }
}
