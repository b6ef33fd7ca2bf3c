package jp.kajimaru.gateway.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import jp.kajimaru.gateway.GatewayApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #15: with {@code kajimaru.rate-limits.redis-url}, two gateway replicas spend one budget (Redis at
 * 127.0.0.1:6379, as on the project's machines); without Redis reachable, each replica still limits on its own.
 */
class SharedRateLimitsTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:10Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @Test
    void twoGatewaysSharingRedisAllowTheLoginLimitOnceBetweenThem() throws Exception {
        assumeTrue(redisListens(), "needs Redis at 127.0.0.1:6379");
        String prefix = "kajimaru-test:" + UUID.randomUUID() + ":";
        try (ConfigurableApplicationContext one = gateway(prefix); ConfigurableApplicationContext two = gateway(prefix)) {
            HttpClient http = HttpClient.newHttpClient();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ConfigurableApplicationContext replica = i % 2 == 0 ? one : two;
                HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + replica.getEnvironment().getProperty("local.server.port") + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@example.com\",\"password\":\"guess " + i + "\"}"))
                        .build();
                statuses.add(http.send(login, HttpResponse.BodyHandlers.ofString()).statusCode());
            }
            // Ten pass the limit (and find no user-service behind: 503), wherever they arrive; the eleventh and
            // twelfth are refused by both replicas. In memory each would have let all twelve through (6 each).
            assertThat(statuses.subList(0, 10)).doesNotContain(429);
            assertThat(statuses.subList(10, 12)).containsOnly(429);
        }
    }

    @Test
    void anUnreachableRedisLeavesEachReplicaLimitingAlone() {
        // Nothing listens on the discard port: every attempt to reach Redis fails.
        try (RedisBuckets unreachable = new RedisBuckets("redis://127.0.0.1:9", "kajimaru-test:", CLOCK)) {
            RateLimits limits = new RateLimits(CLOCK, unreachable);
            RateLimits.Rule login = limits.ruleFor(HttpMethod.POST, "/api/auth/login").orElseThrow();
            for (int i = 0; i < 10; i++) {
                assertThat(limits.acquire(login, "10.0.0.1")).isEmpty();
            }
            assertThat(limits.acquire(login, "10.0.0.1")).contains(Duration.ofSeconds(60));
        }
    }

    @Test
    void replicasOnOneRedisSpendOneBucketWhichExpiresAndOtherDeploymentsAreApart() {
        assumeTrue(redisListens(), "needs Redis at 127.0.0.1:6379");
        String prefix = "kajimaru-test:" + UUID.randomUUID() + ":";
        try (RedisBuckets redisOne = new RedisBuckets("redis://127.0.0.1:6379", prefix, CLOCK);
             RedisBuckets redisTwo = new RedisBuckets("redis://127.0.0.1:6379", prefix, CLOCK);
             RedisBuckets otherDeployment = new RedisBuckets("redis://127.0.0.1:6379", prefix + "other:", CLOCK);
             RedisClient inspect = RedisClient.create("redis://127.0.0.1:6379")) {
            RateLimits one = new RateLimits(CLOCK, redisOne);
            RateLimits two = new RateLimits(CLOCK, redisTwo);
            RateLimits.Rule pin = one.ruleFor(HttpMethod.POST, "/api/members/m/pin").orElseThrow();
            for (int i = 0; i < 20; i++) {
                assertThat((i % 2 == 0 ? one : two).acquire(pin, "10.0.0.2")).isEmpty();
            }
            assertThat(two.acquire(pin, "10.0.0.2")).contains(Duration.ofSeconds(60));
            assertThat(one.acquire(pin, "10.0.0.2")).contains(Duration.ofSeconds(60));
            assertThat(new RateLimits(CLOCK, otherDeployment).acquire(pin, "10.0.0.2")).isEmpty();

            try (var connection = inspect.connect()) {
                Long ttl = connection.sync().pttl(prefix + "member-pin|10.0.0.2");
                assertThat(ttl).as("the shared bucket expires once it would be full again").isBetween(1L, 70_000L);
            }
        }
    }

    private static ConfigurableApplicationContext gateway(String prefix) {
        // Arguments, not default properties: they must win over application.yml (server.port 8080).
        List<String> props = new ArrayList<>(List.of("server.port=0", "kajimaru.rate-limits.redis-url=redis://127.0.0.1:6379",
                "kajimaru.rate-limits.redis-prefix=" + prefix));
        // Nothing listens on the discard port: requests that pass the limit get the gateway's 503.
        for (String service : List.of("user", "rotation", "inventory", "shopping", "notification", "weather")) {
            props.add("kajimaru.services." + service + "=http://127.0.0.1:9");
        }
        // The clock stands still (no minute window ends mid-test): every Clock definition — the application's, and
        // test configurations the component scan finds — gives way to one fixed clock.
        return new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(ctx -> ctx.addBeanFactoryPostProcessor(factory -> {
                    for (String name : factory.getBeanNamesForType(Clock.class, true, false)) {
                        ((BeanDefinitionRegistry) factory).removeBeanDefinition(name);
                    }
                    factory.registerSingleton("clock", Clock.fixed(T0, ZoneOffset.UTC));
                }))
                .run(props.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static boolean redisListens() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
