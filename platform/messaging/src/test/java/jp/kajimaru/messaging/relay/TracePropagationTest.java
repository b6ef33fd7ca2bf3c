package jp.kajimaru.messaging.relay;

import java.time.Duration;
import java.util.UUID;

import brave.handler.MutableSpan;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.messaging.testapp.FinishedSpans;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.messaging.testapp.NoteService;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The writer's trace travels with the event: the relay's "outbox publish" span is a child of the writer's span (restored
 * from the outbox row's traceparent on the relay's own thread), and the Kafka record carries the relay span's
 * traceparent, so a consumer joins the same trace.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "kajimaru.outbox.relay=polling")
@RealInfrastructure
class TracePropagationTest {

    @Autowired NoteService notes;
    @Autowired Tracer tracer;
    @Autowired FinishedSpans finished;

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
            String onRecord = KafkaTestConsumer.header(r, EventHeaders.TRACEPARENT);
            String traceId = span.context().traceId();
            assertThat(onRecord).startsWith("00-" + traceId + "-").endsWith("-01").isNotEqualTo(sent.traceparent());
            String relaySpanId = onRecord.split("-")[2];
            MutableSpan publish = await().atMost(Duration.ofSeconds(30)).until(() -> finished.all().stream()
                    .filter(s -> relaySpanId.equals(s.id())).findFirst().orElse(null), java.util.Objects::nonNull);
            assertThat(publish.name()).isEqualTo("outbox publish");
            assertThat(publish.traceId()).isEqualTo(traceId);
            assertThat(publish.parentId()).isEqualTo(span.context().spanId());
            assertThat(publish.kind()).isEqualTo(brave.Span.Kind.PRODUCER);
            assertThat(publish.tag("kajimaru.event.type")).isEqualTo("MemberJoined");
            assertThat(publish.tag("kajimaru.relay")).isEqualTo("polling");
        }
    }

    @Test
    void withoutASpanThereIsNoTraceparent() {
        assertThat(notes.write(UUID.randomUUID(), "untraced", false).traceparent()).isNull();
    }
}
