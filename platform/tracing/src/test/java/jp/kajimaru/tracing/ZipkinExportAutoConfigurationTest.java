package jp.kajimaru.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import brave.Tracing;
import brave.handler.SpanHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/** The whole auto-configuration as an application gets it (import filter included), reporting to a local HTTP server. */
class ZipkinExportAutoConfigurationTest {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer zipkin;

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(AutoConfigured.class)
            .withPropertyValues("management.tracing.sampling.probability=1.0");

    @BeforeEach
    void startZipkin() throws IOException {
        zipkin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        zipkin.createContext("/api/v2/spans", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        zipkin.start();
    }

    @AfterEach
    void stopZipkin() {
        zipkin.stop(0);
    }

    @Test
    void exportsSpansOnceWhenZipkinExportIsOn() {
        app.withPropertyValues(ZipkinExportAutoConfiguration.ZIPKIN_EXPORT + "=true", endpoint()).run(context -> {
            assertThat(context).hasNotFailed();
            // Ours, and not Spring Boot's as well (its braveZipkinSpanHandler would report every span a second time).
            assertThat(context.getBeansOfType(AsyncZipkinSpanHandler.class)).containsOnlyKeys("zipkinSpanHandler");
            context.getBean(Tracing.class).tracer().nextSpan().name("probe-span").start().finish();
            // The reporter sends its queue every second.
            await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        });
        assertThat(String.join("", received).split("probe-span", -1)).as("the span, reported once").hasSize(2);
    }

    @Test
    void reportsNothingWhenZipkinExportIsOff() {
        app.withPropertyValues(ZipkinExportAutoConfiguration.ZIPKIN_EXPORT + "=false", endpoint()).run(context -> {
            assertThat(context.getBeansOfType(AsyncZipkinSpanHandler.class)).isEmpty();
            assertThat(context.getBean("zipkinSpanHandler")).isSameAs(SpanHandler.NOOP);
        });
    }

    @Test
    void followsTheGeneralExportSwitchLikeSpringBoot() {
        app.withPropertyValues(ZipkinExportAutoConfiguration.EXPORT + "=false", endpoint())
                .run(context -> assertThat(context.getBean("zipkinSpanHandler")).isSameAs(SpanHandler.NOOP));
        app.withPropertyValues(endpoint())
                .run(context -> assertThat(context.getBean("zipkinSpanHandler")).isInstanceOf(AsyncZipkinSpanHandler.class));
    }

    private String endpoint() {
        return "management.tracing.export.zipkin.endpoint=http://127.0.0.1:" + zipkin.getAddress().getPort()
                + "/api/v2/spans";
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class AutoConfigured {
    }
}
