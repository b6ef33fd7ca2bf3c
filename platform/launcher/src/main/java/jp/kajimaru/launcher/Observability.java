package jp.kajimaru.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every service (gateway included) is told about traces and logs:
 * {@code KAJIMARU_ZIPKIN_ENDPOINT} exports every span (sampling 1.0) to that Zipkin v2 endpoint;
 * {@code KAJIMARU_LOG_FORMAT=json} (or {@code ecs}, {@code logstash}, {@code gelf}) switches the console log to Spring
 * Boot's structured JSON with trace and span ids. Neither set: no export, plain text (the laptop default).
 *
 * @param zipkinEndpoint where spans go, e.g. {@code http://127.0.0.1:9411/api/v2/spans}
 * @param logFormat      Spring Boot's structured console format ({@code ecs}, {@code logstash}, {@code gelf})
 * @param httpHistograms HTTP server latency histograms (the dashboards' p95), on with {@code --ops}
 */
public record Observability(Optional<String> zipkinEndpoint, Optional<String> logFormat, boolean httpHistograms) {

    public static final Observability NONE = new Observability(Optional.empty(), Optional.empty(), false);

    public static Observability fromEnv(Map<String, String> env) {
        return new Observability(value(env, "KAJIMARU_ZIPKIN_ENDPOINT"),
                value(env, "KAJIMARU_LOG_FORMAT").flatMap(Observability::structuredFormat), false);
    }

    /** For {@code up --ops}: export to {@code endpoint} unless the environment named a Zipkin; latency histograms on. */
    public Observability forOps(String endpoint) {
        return new Observability(Optional.of(zipkinEndpoint.orElse(endpoint)), logFormat, true);
    }

    /** Spring Boot 4 property names ({@code management.tracing.export.zipkin.*}). */
    public List<String> springArguments() {
        List<String> args = new ArrayList<>();
        zipkinEndpoint.ifPresent(endpoint -> {
            args.add("--management.tracing.export.zipkin.enabled=true");
            args.add("--management.tracing.export.zipkin.endpoint=" + endpoint);
            args.add("--management.tracing.sampling.probability=1.0");
        });
        logFormat.ifPresent(format -> args.add("--logging.structured.format.console=" + format));
        if (httpHistograms) {
            args.add("--management.metrics.distribution.percentiles-histogram.http.server.requests=true");
        }
        return args;
    }

    private static Optional<String> structuredFormat(String requested) {
        String f = requested.toLowerCase(Locale.ROOT);
        return switch (f) {
            case "json", "ecs" -> Optional.of("ecs");
            case "logstash", "gelf" -> Optional.of(f);
            case "text", "plain" -> Optional.empty();
            default -> throw new IllegalArgumentException(
                    "KAJIMARU_LOG_FORMAT=" + requested + ": use json (ECS), logstash, gelf or text");
        };
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
