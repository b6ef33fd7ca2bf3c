package jp.kajimaru.messaging.outbox;

import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The W3C traceparent of the span that writes an event, so the relay can put it on the Kafka record
 * and the consumer's span joins the writer's trace even though the relay runs on another thread.
 */
public class TraceparentSource {

    private final ObjectProvider<Tracer> tracer;

    public TraceparentSource(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    public Optional<String> current() {
        Tracer t = tracer.getIfAvailable();
        Span span = t == null ? null : t.currentSpan();
        if (span == null) {
            return Optional.empty();
        }
        TraceContext ctx = span.context();
        String flags = Boolean.TRUE.equals(ctx.sampled()) ? "01" : "00";
        return Optional.of("00-" + ctx.traceId() + "-" + ctx.spanId() + "-" + flags);
    }
}
