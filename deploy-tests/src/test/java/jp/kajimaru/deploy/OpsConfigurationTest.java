package jp.kajimaru.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ops/: Prometheus scrape config and alert rules (promtool), Grafana provisioning and dashboards. */
class OpsConfigurationTest {

    private static final Path RULES = Repo.path("ops/prometheus/rules/kajimaru.yml");
    private static final Path METRICS = Repo.path("ops/prometheus/metrics.txt");

    @Test
    void promtoolAcceptsTheRulesAndTheConfiguration() {
        Path promtool = Tool.require("promtool", "Debian package 'prometheus'");
        Tool.Result rules = Tool.run(promtool, "check", "rules", "ops/prometheus/rules/kajimaru.yml");
        assertThat(rules.exitCode()).as("promtool check rules:%n%s", rules.output()).isZero();
        Tool.Result config = Tool.run(promtool, "check", "config", "--syntax-only", "ops/prometheus/prometheus.yml");
        assertThat(config.exitCode()).as("promtool check config:%n%s", config.output()).isZero();
    }

    @Test
    void theAlertRulesPassTheirUnitTests() {
        Path promtool = Tool.require("promtool", "Debian package 'prometheus'");
        Tool.Result r = Tool.run(promtool, "test", "rules", "ops/prometheus/tests/kajimaru_test.yml");
        assertThat(r.exitCode()).as("promtool test rules:%n%s", r.output()).isZero();
        assertThat(r.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertTheIssueAsksForExistsAndHasAUnitTest() {
        List<String> alerts = new ArrayList<>();
        Repo.yaml(RULES).path("groups").forEach(g -> g.path("rules").forEach(r -> {
            if (r.has("alert")) {
                alerts.add(r.path("alert").asString());
            }
        }));
        assertThat(alerts).containsExactlyInAnyOrder("KajimaruServiceDown", "KajimaruHigh5xxRate",
                "KajimaruRelayNotStreaming", "KajimaruOutboxStale", "KajimaruConsumerLagGrowing", "KajimaruDeadLetters");
        String tests = Repo.read(Repo.path("ops/prometheus/tests/kajimaru_test.yml"));
        alerts.forEach(a -> assertThat(tests).as("unit test for %s", a).contains("alertname: " + a));
    }

    @Test
    void prometheusScrapesEveryRunnableModuleOnItsManagementPort() {
        JsonNode config = Repo.yaml(Repo.path("ops/prometheus/prometheus.yml"));
        JsonNode job = config.path("scrape_configs").get(0);
        assertThat(job.path("metrics_path").asString()).isEqualTo("/actuator/prometheus");
        Map<String, String> targets = new LinkedHashMap<>();
        job.path("static_configs").forEach(sc -> sc.path("targets")
                .forEach(t -> targets.put(sc.path("labels").path("service").asString(), t.asString())));
        assertThat(targets.keySet()).containsExactlyInAnyOrderElementsOf(Repo.runnableModules());
        targets.forEach((service, target) -> assertThat(target).isEqualTo(service + ":" + Repo.MANAGEMENT_PORT));
        assertThat(config.path("rule_files").toString()).contains("/etc/prometheus/rules/");
    }

    @Test
    void grafanaIsProvisionedWithPrometheusAndTheThreeDashboards() {
        JsonNode ds = Repo.yaml(Repo.path("ops/grafana/provisioning/datasources/prometheus.yml")).path("datasources");
        String promUid = null;
        for (JsonNode d : ds) {
            if (d.path("type").asString().equals("prometheus")) {
                promUid = d.path("uid").asString();
                assertThat(d.path("url").asString()).isEqualTo("http://prometheus:9090");
            }
        }
        assertThat(promUid).isNotNull();
        Set<String> uids = new HashSet<>();
        Map<String, JsonNode> dashboards = dashboards();
        assertThat(dashboards.keySet()).containsExactlyInAnyOrder("overview.json", "service-red.json", "event-pipeline.json");
        for (var e : dashboards.entrySet()) {
            JsonNode d = e.getValue();
            assertThat(uids.add(d.path("uid").asString())).as("unique uid %s", e.getKey()).isTrue();
            assertThat(d.path("panels").size()).as("%s panels", e.getKey()).isPositive();
            for (JsonNode panel : d.path("panels")) {
                assertThat(panel.path("datasource").path("uid").asString()).as("%s: %s", e.getKey(), panel.path("title"))
                        .isEqualTo(promUid);
                assertThat(panel.path("targets").size()).isPositive();
            }
        }
        assertThat(dashboards.get("service-red.json").path("templating").path("list").get(0).path("name").asString())
                .isEqualTo("service");
    }

    /**
     * Every metric a dashboard or alert asks for is in ops/prometheus/metrics.txt, which says where it comes from;
     * system-tests ExposedMetricsIT scrapes the running stack for every one marked {@code exposed}.
     */
    @Test
    void everyMetricTheDashboardsAndAlertsUseIsCatalogued() {
        Map<String, String> catalogue = new LinkedHashMap<>();
        for (String line : Repo.read(METRICS).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.trim().split("\\s+", 3);
                assertThat(cols).as("metrics.txt line: %s", line).hasSizeGreaterThanOrEqualTo(2);
                assertThat(cols[1]).isIn("exposed", "lazy", "prometheus");
                catalogue.put(cols[0], cols[1]);
            }
        }
        Set<String> recorded = new TreeSet<>();
        List<String> expressions = new ArrayList<>();
        Repo.yaml(RULES).path("groups").forEach(g -> g.path("rules").forEach(r -> {
            if (r.has("record")) {
                recorded.add(r.path("record").asString());
            }
            expressions.add(r.path("expr").asString());
        }));
        dashboards().values().forEach(d -> d.path("panels").forEach(p -> p.path("targets")
                .forEach(t -> expressions.add(t.path("expr").asString()))));
        Set<String> used = new TreeSet<>();
        expressions.forEach(e -> used.addAll(PromQl.metricNames(e)));
        used.removeAll(recorded);
        assertThat(used).as("metrics used by dashboards and alerts").isNotEmpty();
        assertThat(catalogue.keySet()).as("ops/prometheus/metrics.txt").containsAll(used);
        assertThat(used).as("catalogued but used nowhere").containsAll(catalogue.keySet());
        // the extraction itself
        assertThat(PromQl.metricNames("sum by (service) (rate(http_server_requests_seconds_count{status=~\"5..\"}[5m])) / on(service) up"))
                .containsExactlyInAnyOrder("http_server_requests_seconds_count", "up");
    }

    private static Map<String, JsonNode> dashboards() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(Repo.path("ops/grafana/dashboards"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .forEach(f -> out.put(f.getFileName().toString(), json.readTree(Repo.read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Just enough PromQL to list the metric names of an expression. */
    static final class PromQl {
        private static final Set<String> WORDS = Set.of("sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk",
                "bottomk", "quantile", "count_values", "group", "rate", "irate", "increase", "delta", "idelta", "deriv",
                "histogram_quantile", "abs", "absent", "absent_over_time", "clamp_min", "clamp_max", "label_replace",
                "label_join", "time", "vector", "scalar", "sort", "sort_desc", "predict_linear", "resets", "changes",
                "avg_over_time", "max_over_time", "min_over_time", "sum_over_time", "count_over_time", "last_over_time",
                "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool",
                "le", "inf", "nan", "label_values");

        static Set<String> metricNames(String expr) {
            String e = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")   // strings
                    .replaceAll("\\{[^}]*}", " ")                              // label matchers
                    .replaceAll("\\[[^]]*]", " ")                              // ranges
                    .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                    .replaceAll("\\$\\w+", " ");
            Set<String> out = new TreeSet<>();
            Matcher m = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()").matcher(e);
            while (m.find()) {
                if (!WORDS.contains(m.group(1).toLowerCase())) {
                    out.add(m.group(1));
                }
            }
            return out;
        }
    }
}
