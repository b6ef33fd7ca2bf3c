package jp.kajimaru.messaging.relay;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.messaging.testapp.NoteService;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer's trace travels with the event: the relay puts the writer's traceparent on the Kafka record. */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "kajimaru.outbox.relay=polling")
@RealInfrastructure
class TracePropagationTest {

    @Autowired NoteService notes;
    @Autowired Tracer tracer;

    @Test
    void theKafkaRecordCarriesTheWritersTraceparent() {
        UUID household = UUID.randomUUID();
        Span span = tracer.nextSpan().name("http-request").start();
        EventEnvelope<MemberJoined> sent;
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            sent = notes.write(household, "traced", false);
        } finally {
            span.end();
        }
        assertThat(sent.traceparent()).isEqualTo("00-" + span.context().traceId() + "-" + span.context().spanId() + "-01");

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(Topics.USER)) {
            ConsumerRecord<byte[], byte[]> r = consumer.awaitRecords(
                    rec -> household.toString().equals(KafkaTestConsumer.text(rec.key())), 1, Duration.ofSeconds(60)).get(0);
            assertThat(KafkaTestConsumer.header(r, EventHeaders.TRACEPARENT)).isEqualTo(sent.traceparent());
        }
    }

    @Test
    void withoutASpanThereIsNoTraceparent() {
        assertThat(notes.write(UUID.randomUUID(), "untraced", false).traceparent()).isNull();
    }
}
