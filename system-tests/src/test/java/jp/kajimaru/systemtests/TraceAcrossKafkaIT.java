package jp.kajimaru.systemtests;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.time.Duration;

import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One sign-up, one trace: the gateway's span, user-service's request span, user-service's outbox relay publishing
 * the household's events (binlog relay, parent restored from the outbox row's traceparent), and rotation-service's
 * Kafka consumer span under that publish span, rotation-service publishing its own events (the new member's roster)
 * through the polling relay (the system tests' stack runs rotation-service on it, see {@link RunningStack}), and
 * notification-service's consumer span under that publish — all with one trace id, as collected by a real Zipkin
 * server (the exec jar, see {@link ZipkinServer}).
 */
class TraceAcrossKafkaIT {

    @BeforeAll
    static void up() throws Exception {
        ZipkinServer.ensureRunning();
        RunningStack.get();
    }

    @Test
    void aSignUpIsOneTraceFromTheGatewayThroughBothRelaysToRotationAndNotificationServicesConsumers() {
        TestApi.Reply signup = TestApi.at(RunningStack.GATEWAY).post("/api/auth/signup", "{\"email\":\"trace-"
                + UUID.randomUUID() + "@example.jp\",\"password\":\"correct horse battery\",\"displayName\":\"Hana\","
                + "\"householdName\":\"Traced\"}");
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        String household = signup.json().path("householdId").asString();
        assertThat(household).as("householdId in %s", signup.body()).isNotBlank();

        List<JsonNode> trace = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ZipkinServer.tracesTagged("kajimaru.household.id", household).stream()
                        .filter(t -> consumerUnderPublish(t, "user-service", "rotation-service").isPresent()
                                && consumerUnderPublish(t, "rotation-service", "notification-service").isPresent()
                                && span(t, "gateway", "SERVER").isPresent())
                        .findFirst().orElse(null), t -> t != null);

        String traceId = trace.get(0).path("traceId").asString();
        assertThat(trace).allSatisfy(s -> assertThat(s.path("traceId").asString()).isEqualTo(traceId));
        JsonNode gateway = span(trace, "gateway", "SERVER").orElseThrow();
        JsonNode userRequest = span(trace, "user-service", "SERVER").orElseThrow();
        JsonNode consumer = consumerUnderPublish(trace, "user-service", "rotation-service").orElseThrow();
        JsonNode publish = byId(trace, consumer.path("parentId").asString()).orElseThrow();

        assertThat(gateway.has("parentId")).as("the gateway starts the trace").isFalse();
        assertThat(userRequest.path("tags").path("http.url").asString() + userRequest.path("name").asString())
                .contains("signup");
        assertThat(publish.path("localEndpoint").path("serviceName").asString()).isEqualTo("user-service");
        assertThat(publish.path("tags").path("kajimaru.household.id").asString()).isEqualTo(household);
        assertThat(publish.path("tags").path("kajimaru.relay").asString()).isEqualTo("debezium");
        assertThat(publish.path("parentId").asString()).as("the publish span's parent is the writer's span")
                .isNotBlank();
        assertThat(byId(trace, publish.path("parentId").asString())).as("the writer's span is in the same trace")
                .isPresent();
        assertThat(consumer.path("localEndpoint").path("serviceName").asString()).isEqualTo("rotation-service");
        // The consumer's own events (the new household's roster, RosterPublished with its assignments) carry the trace
        // on, shipped by the other relay, to notification-service's consumer.
        JsonNode notificationConsumer = consumerUnderPublish(trace, "rotation-service", "notification-service").orElseThrow();
        JsonNode rotationPublish = byId(trace, notificationConsumer.path("parentId").asString()).orElseThrow();
        assertThat(rotationPublish.path("tags").path("kajimaru.relay").asString()).isEqualTo("polling");
        assertThat(byId(trace, rotationPublish.path("parentId").asString()))
                .as("rotation-service's publish hangs under its consumer's work")
                .hasValueSatisfying(p -> assertThat(p.path("localEndpoint").path("serviceName").asString())
                        .isEqualTo("rotation-service"));
    }

    /** {@code consumer}'s consumer span whose parent is one of {@code producer}'s "outbox publish" spans. */
    private static Optional<JsonNode> consumerUnderPublish(List<JsonNode> trace, String producer, String consumer) {
        return trace.stream()
                .filter(s -> consumer.equals(s.path("localEndpoint").path("serviceName").asString())
                        && "CONSUMER".equals(s.path("kind").asString()))
                .filter(s -> byId(trace, s.path("parentId").asString())
                        .filter(p -> "outbox publish".equals(p.path("name").asString())
                                && "PRODUCER".equals(p.path("kind").asString())
                                && producer.equals(p.path("localEndpoint").path("serviceName").asString()))
                        .isPresent())
                .findFirst();
    }

    private static Optional<JsonNode> span(List<JsonNode> trace, String service, String kind) {
        return trace.stream().filter(s -> service.equals(s.path("localEndpoint").path("serviceName").asString())
                && kind.equals(s.path("kind").asString())).findFirst();
    }

    private static Optional<JsonNode> byId(List<JsonNode> trace, String id) {
        return trace.stream().filter(s -> s.path("id").asString().equals(id)).findFirst();
    }
}
