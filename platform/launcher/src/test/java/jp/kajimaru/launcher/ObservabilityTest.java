package jp.kajimaru.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservabilityTest {

    @Test
    void byDefaultNothingIsExportedAndLogsStayPlainText() {
        assertThat(Observability.fromEnv(Map.of()).springArguments()).isEmpty();
        assertThat(Observability.fromEnv(Map.of("KAJIMARU_ZIPKIN_ENDPOINT", " ", "KAJIMARU_LOG_FORMAT", "text"))
                .springArguments()).isEmpty();
    }

    @Test
    void aZipkinEndpointExportsEverySpanThere() {
        assertThat(Observability.fromEnv(Map.of("KAJIMARU_ZIPKIN_ENDPOINT", "http://127.0.0.1:9411/api/v2/spans"))
                .springArguments()).containsExactly("--management.tracing.export.zipkin.enabled=true",
                "--management.tracing.export.zipkin.endpoint=http://127.0.0.1:9411/api/v2/spans",
                "--management.tracing.sampling.probability=1.0");
    }

    @Test
    void jsonLogsAreSpringBootsEcsFormatAndOtherStructuredFormatsPassThrough() {
        assertThat(Observability.fromEnv(Map.of("KAJIMARU_LOG_FORMAT", "JSON")).springArguments())
                .containsExactly("--logging.structured.format.console=ecs");
        assertThat(Observability.fromEnv(Map.of("KAJIMARU_LOG_FORMAT", "logstash")).springArguments())
                .containsExactly("--logging.structured.format.console=logstash");
        assertThatThrownBy(() -> Observability.fromEnv(Map.of("KAJIMARU_LOG_FORMAT", "xml")))
                .hasMessageContaining("KAJIMARU_LOG_FORMAT=xml");
    }

    @Test
    void opsModeExportsToItsOwnZipkinUnlessTheEnvironmentNamedOneAndRecordsLatencyHistograms() {
        assertThat(Observability.NONE.forOps(OpsTools.ZIPKIN_SPANS).springArguments()).containsExactly(
                "--management.tracing.export.zipkin.enabled=true",
                "--management.tracing.export.zipkin.endpoint=http://127.0.0.1:9411/api/v2/spans",
                "--management.tracing.sampling.probability=1.0",
                "--management.metrics.distribution.percentiles-histogram.http.server.requests=true");
        assertThat(Observability.fromEnv(Map.of("KAJIMARU_ZIPKIN_ENDPOINT", "http://zipkin.lan:9411/api/v2/spans"))
                .forOps(OpsTools.ZIPKIN_SPANS).zipkinEndpoint()).contains("http://zipkin.lan:9411/api/v2/spans");
    }
}
