package jp.kajimaru.messaging;

import java.util.List;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service started with {@code logging.structured.format.console=ecs} (what the launcher passes for
 * {@code KAJIMARU_LOG_FORMAT=json}) writes one JSON object per line, carrying the trace and span id of the span the
 * line was logged in.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = {"kajimaru.outbox.relay=none",
        "logging.structured.format.console=ecs"})
@RealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    @Autowired Tracer tracer;

    @Test
    void aLineLoggedInASpanIsJsonWithItsTraceAndSpanId(CapturedOutput output) {
        Span span = tracer.nextSpan().name("structured-log-test").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            LoggerFactory.getLogger(StructuredLogsTest.class).info("structured line for {}", span.context().traceId());
        } finally {
            span.end();
        }
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = output.getOut().lines()
                .filter(l -> l.contains("structured line for " + span.context().traceId()))
                .map(json::readTree).toList();

        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(line.path("message").asString()).isEqualTo("structured line for " + span.context().traceId());
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("traceId").asString()).isEqualTo(span.context().traceId());
        assertThat(line.path("spanId").asString()).isEqualTo(span.context().spanId());
    }
}
