package jp.kajimaru.tracing;

import brave.Tags;
import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import zipkin2.reporter.BytesEncoder;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.Encoding;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;
import zipkin2.reporter.brave.MutableSpanBytesEncoder;

/**
 * Spans go to Zipkin when {@code management.tracing.export.zipkin.enabled} (or else
 * {@code management.tracing.export.enabled}) says so <em>when the application starts</em>, the same properties and
 * defaults as Spring Boot's own export. Boot decides it with a condition, which Spring AOT fixes when the jar is
 * built; the embedded stack runs the services in AOT mode (ADR 0020), so there the decision has to be made by a bean
 * instead. {@link BootZipkinExportFilter} keeps Boot's configuration out so that no span is reported twice.
 */
@AutoConfiguration(afterName = "org.springframework.boot.zipkin.autoconfigure.ZipkinAutoConfiguration",
        beforeName = "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration")
@ConditionalOnClass(AsyncZipkinSpanHandler.class)
public class ZipkinExportAutoConfiguration {

    static final String EXPORT = "management.tracing.export.enabled";
    static final String ZIPKIN_EXPORT = "management.tracing.export.zipkin.enabled";

    /**
     * When it exports, the handler is Closeable and the context closes it, which stops its reporter thread. That close
     * does not reliably send the spans still queued (the test waits for the reporter's own flush instead).
     */
    @Bean
    SpanHandler zipkinSpanHandler(Environment env, ObjectProvider<BytesMessageSender> sender, Encoding encoding) {
        if (!exportEnabled(env)) {
            return SpanHandler.NOOP;
        }
        BytesEncoder<MutableSpan> encoder = MutableSpanBytesEncoder.create(encoding, Tags.ERROR);
        return AsyncZipkinSpanHandler.newBuilder(sender.getObject()).build(encoder);
    }

    static boolean exportEnabled(Environment env) {
        return env.getProperty(ZIPKIN_EXPORT, Boolean.class, env.getProperty(EXPORT, Boolean.class, true));
    }
}
