package jp.kajimaru.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.kajimaru.launcher.ServiceSpec;
import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ops/prometheus/metrics.txt against the running stack: every metric it marks {@code exposed} (the dashboards and
 * alerts use them; deploy-tests checks that list against the dashboards and rules) is in some service's
 * {@code /actuator/prometheus} after a sign-up has crossed the pipeline, and the pipeline gauges are on every backend.
 */
class ExposedMetricsIT {

    @BeforeAll
    static void up() throws Exception {
        ZipkinServer.ensureRunning(); // the stack exports spans there; without it each service warns that it drops them
        RunningStack.get();
    }

    @Test
    void everyMetricTheDashboardsAndAlertsUseAsExposedIsScrapedFromTheStack() throws Exception {
        Map<String, String> catalogue = catalogue();
        assertThat(catalogue).as("ops/prometheus/metrics.txt").isNotEmpty();
        TestApi.Reply signup = TestApi.at(RunningStack.GATEWAY).post("/api/auth/signup", "{\"email\":\"metrics-"
                + UUID.randomUUID() + "@example.jp\",\"password\":\"correct horse battery\",\"displayName\":\"Hana\","
                + "\"householdName\":\"Measured\"}");
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);

        Set<String> wanted = new TreeSet<>();
        catalogue.forEach((name, status) -> {
            if (status.equals("exposed")) {
                wanted.add(name);
            }
        });
        // The sign-up's events reach rotation-service's inbox (handling timer) within the wait.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(scrapedNames()).containsAll(wanted));

        for (ServiceSpec backend : ServiceSpec.BACKENDS) {
            String scrape = scrape(backend);
            assertThat(names(scrape)).as(backend.module()).contains("kajimaru_outbox_pending",
                    "kajimaru_outbox_oldest_age_seconds", "kajimaru_relay_streaming", "kajimaru_relay_leader",
                    "kajimaru_relay_last_publish_seconds");
            String relay = backend.module().equals(RunningStack.POLLING_RELAY) ? "polling" : "debezium";
            assertThat(scrape).as("%s streams its outbox", backend.module())
                    .contains("kajimaru_relay_streaming{relay=\"" + relay + "\"} 1.0");
        }
    }

    /**
     * Prometheus before 2.43 (Debian 12 ships 2.42, which {@code ./kajimaru up --ops} starts; managed Prometheus
     * services lag too) drops a whole scrape that carries an exemplar anywhere but on a counter's {@code _total} or a
     * histogram's {@code _bucket}: with Micrometer's default (exemplars on every type, e.g. a timer's {@code _count}),
     * every target was down. In OpenMetrics, the format Prometheus asks for, each exemplar must sit on such a line.
     */
    @Test
    void exemplarsSitOnlyWhereEveryPrometheusAcceptsThem() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int exemplars = 0;
        for (ServiceSpec service : ServiceSpec.ALL) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/prometheus"))
                    .header("Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5")
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(service.module()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(service.module())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/openmetrics-text"));
            List<String> withExemplar = r.body().lines().filter(l -> !l.startsWith("#") && l.contains(" # {")).toList();
            exemplars += withExemplar.size();
            assertThat(withExemplar)
                    .as("%s: lines with an exemplar", service.module())
                    .allSatisfy(l -> assertThat(l.split("[{ ]", 2)[0]).as(l).satisfiesAnyOf(n -> assertThat(n).endsWith("_total"), n -> assertThat(n).endsWith("_bucket")));
        }
    }

    private static Map<String, String> catalogue() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RunningStack.REPO.resolve("ops/prometheus/metrics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.trim().split("\\s+", 3);
                out.put(cols[0], cols[1]);
            }
        }
        return out;
    }

    private static Set<String> scrapedNames() {
        Set<String> all = new TreeSet<>();
        ServiceSpec.ALL.forEach(s -> all.addAll(names(scrape(s))));
        return all;
    }

    private static String scrape(ServiceSpec service) {
        TestApi.Reply r = TestApi.at(service.baseUrl()).get("/actuator/prometheus");
        assertThat(r.status()).as("%s /actuator/prometheus", service.module()).isEqualTo(200);
        return r.body();
    }

    private static Set<String> names(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .forEach(l -> names.add(l.split("[{ ]", 2)[0]));
        return names;
    }
}
