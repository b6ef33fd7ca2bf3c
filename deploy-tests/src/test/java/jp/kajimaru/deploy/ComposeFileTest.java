package jp.kajimaru.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** docker-compose.yml against the compose specification (dclint) and against the code. */
class ComposeFileTest {

    private final JsonNode compose = Repo.yaml(Repo.path("docker-compose.yml"));
    private final JsonNode services = compose.path("services");

    private Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        services.path(service).path("environment").properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
        return env;
    }

    @Test
    void validAgainstTheComposeSpecification() {
        Path dclint = Tool.require("dclint", "npm install -g dclint");
        // Style rules (service order, key order) are left out: the file is grouped by role, not by the alphabet.
        Tool.Result r = Tool.run(dclint, "docker-compose.yml", "--disable-rule", "services-alphabetical-order",
                "--disable-rule", "service-keys-order", "--max-warnings", "0", "--color", "false");
        assertThat(r.exitCode()).as("dclint docker-compose.yml:%n%s", r.output()).isZero();
    }

    @Test
    void everyRunnableModuleRunsFromItsImageWithTheInfrastructureItNeeds() {
        for (String module : Repo.runnableModules()) {
            JsonNode s = services.path(module);
            assertThat(s.isObject()).as("compose service %s", module).isTrue();
            assertThat(s.path("image").asString()).isEqualTo(Images.imageName(module) + ":" + Images.tag());
            assertThat(s.path("read_only").asBoolean()).as("%s read_only", module).isTrue();
            assertThat(s.path("tmpfs").toString()).contains("/tmp");
            Map<String, String> env = environment(module);
            assertThat(env).containsEntry("SERVER_PORT", Integer.toString(Repo.serverPort(module)))
                    .containsEntry("MANAGEMENT_SERVER_PORT", Integer.toString(Repo.MANAGEMENT_PORT))
                    .containsEntry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED", "true");
            assertThat(URI.create(env.get("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT")).getHost()).isEqualTo("zipkin");
            assertThat(s.path("healthcheck").path("test").toString())
                    .contains(Integer.toString(Repo.MANAGEMENT_PORT)).contains("/actuator/health/readiness");
            if (!module.equals("gateway")) {
                String db = Repo.databaseName(module);
                assertThat(env).containsEntry("SPRING_DATASOURCE_URL", "jdbc:mysql://mysql:3306/" + db)
                        .containsEntry("SPRING_DATASOURCE_USERNAME", db)
                        .containsEntry("SPRING_JPA_DATABASE_PLATFORM", "org.hibernate.dialect.MySQLDialect")
                        .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                        .containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", "kafka:9092")
                        .containsEntry("KAJIMARU_SECURITY_JWKS_URI", "http://user-service:" + Repo.serverPort("user-service")
                                + "/.well-known/jwks.json");
                for (String dependency : List.of("mysql", "kafka", "zipkin")) {
                    assertThat(s.path("depends_on").path(dependency).path("condition").asString())
                            .as("%s waits for %s", module, dependency).isEqualTo("service_healthy");
                }
                assertThat(s.path("depends_on").path("kafka-topics").path("condition").asString())
                        .isEqualTo("service_completed_successfully");
            }
        }
    }

    @Test
    void everyEnvironmentVariableReachesAPropertyTheServiceReads() {
        for (String module : Repo.runnableModules()) {
            ReadProperties reads = ReadProperties.of(module);
            assertThat(environment(module).keySet()).as("%s environment variables nothing in %s reads", module, module)
                    .allSatisfy(variable -> assertThat(reads.reads(variable)).as(variable).isTrue());
        }
        // and the check itself tells a misspelt variable from a real one
        ReadProperties user = ReadProperties.of("user-service");
        assertThat(user.reads("SPRING_DATASOURCE_URL")).isTrue();
        assertThat(user.reads("KAJIMARU_TOKENS_ACCESS_TTL")).isTrue();
        assertThat(user.reads("KAJIMARU_SECURITY_JWKSURI")).isTrue();
        assertThat(user.reads("SPRING_DATASOURCE_URI")).isFalse();
        assertThat(user.reads("KAJIMARU_SERVICES_USER")).isFalse();
        assertThat(ReadProperties.of("notification-service").reads("KAJIMARU_SMTP_HOST")).isTrue();
        assertThat(ReadProperties.of("gateway").reads("SPRING_DATASOURCE_URL")).isFalse();
        assertThat(ReadProperties.of("gateway").reads("KAJIMARU_SERVICES_USER")).isTrue();
    }

    @Test
    void theGatewayReachesEveryBackendOnItsComposeNameAndPortAndWaitsForIt() {
        Map<String, String> env = environment("gateway");
        for (String backend : Repo.gatewayRouteBackends()) {
            String module = backend + "-service";
            URI uri = URI.create(env.get("KAJIMARU_SERVICES_" + backend.toUpperCase()));
            assertThat(uri.getHost()).as("gateway → %s", module).isEqualTo(module);
            assertThat(uri.getPort()).isEqualTo(Repo.serverPort(module));
            assertThat(services.path(module).isObject()).isTrue();
            assertThat(services.path("gateway").path("depends_on").path(module).path("condition").asString())
                    .isEqualTo("service_healthy");
        }
    }

    @Test
    void onlyTheGatewayGrafanaZipkinAndTheMailUiArePublishedOnLoopback() {
        Set<String> published = new TreeSet<>();
        services.properties().forEach(e -> {
            if (e.getValue().has("ports")) {
                published.add(e.getKey());
                e.getValue().path("ports").forEach(p -> assertThat(p.asString()).as("%s port", e.getKey()).startsWith("127.0.0.1:"));
            }
        });
        assertThat(published).containsExactlyInAnyOrder("gateway", "grafana", "zipkin", "mailpit");
        assertThat(services.path("gateway").path("ports").get(0).asString()).endsWith(":" + Repo.serverPort("gateway"));
    }

    @Test
    void everyLongRunningServiceHasAHealthCheckAndWaitsOnlyForHealthyOnes() {
        services.properties().forEach(e -> {
            JsonNode s = e.getValue();
            if (!"no".equals(s.path("restart").asString())) {
                assertThat(s.has("healthcheck")).as("%s healthcheck", e.getKey()).isTrue();
            }
            s.path("depends_on").properties().forEach(d -> {
                assertThat(services.has(d.getKey())).as("%s depends on %s", e.getKey(), d.getKey()).isTrue();
                assertThat(d.getValue().path("condition").asString()).isIn("service_healthy", "service_completed_successfully");
            });
        });
    }

    @Test
    void mysqlWritesARowBinlogAndInitSqlGivesEveryServiceItsSchemaUserAndReplicationGrants() {
        JsonNode mysql = services.path("mysql");
        assertThat(mysql.path("image").asString()).startsWith("mysql:8.4");
        assertThat(mysql.path("command").toString()).contains("--binlog-format=ROW", "--binlog-row-image=FULL", "--log-bin");
        assertThat(mysql.path("volumes").toString()).contains("./ops/mysql/init.sql:/docker-entrypoint-initdb.d/");
        String sql = Repo.read(Repo.path("ops/mysql/init.sql"));
        for (String module : Repo.serviceModules()) {
            String db = Repo.databaseName(module);
            assertThat(sql).contains("CREATE DATABASE IF NOT EXISTS " + db + " ")
                    .contains("CREATE USER IF NOT EXISTS '" + db + "'@'%' IDENTIFIED BY '" + environment(module).get("SPRING_DATASOURCE_PASSWORD") + "'")
                    .contains("GRANT ALL PRIVILEGES ON " + db + ".* TO '" + db + "'@'%';")
                    .contains("GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO '" + db + "'@'%';");
        }
        assertThat(sql).doesNotContainIgnoringCase("GRANT ALL PRIVILEGES ON *.*");
    }

    @Test
    void kafkaRunsInKraftModeAndEveryTopicIsCreatedBeforeTheServicesStart() {
        JsonNode kafka = services.path("kafka");
        assertThat(kafka.path("image").asString()).isEqualTo("apache/kafka:4.1.1");
        assertThat(kafka.path("environment").path("KAFKA_PROCESS_ROLES").asString()).isEqualTo("broker,controller");
        String script = services.path("kafka-topics").path("command").toString();
        for (String topic : Topics.eventTopics()) {
            String service = topic.split("\\.")[1];
            assertThat(topic).isEqualTo("kajimaru." + service + ".events");
            assertThat(script).contains(service).contains("kajimaru.$$t.events ").contains("kajimaru.$$t.events" + Topics.dlqSuffix());
            assertThat(script).containsPattern("for t in [a-z ]*\\b" + service + "\\b");
        }
    }

    @Test
    void prometheusAndGrafanaGetThisRepositorysConfiguration() {
        assertThat(services.path("prometheus").path("volumes").toString())
                .contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml", "./ops/prometheus/rules:/etc/prometheus/rules");
        assertThat(services.path("grafana").path("volumes").toString())
                .contains("./ops/grafana/provisioning:/etc/grafana/provisioning", "./ops/grafana/dashboards:/etc/grafana/dashboards");
        assertThat(Repo.read(Repo.path("ops/grafana/provisioning/dashboards/kajimaru.yml"))).contains("path: /etc/grafana/dashboards");
        assertThat(environment("notification-service")).containsEntry("KAJIMARU_SMTP_HOST", "mailpit");
    }
}
