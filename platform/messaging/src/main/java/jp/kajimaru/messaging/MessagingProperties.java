package jp.kajimaru.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code kajimaru.outbox.*}: which relay ships the outbox and how the outbox and inbox are kept. */
@ConfigurationProperties("kajimaru.outbox")
public record MessagingProperties(
        Relay relay,
        Duration pollingInterval,
        int batchSize,
        Duration debeziumPollInterval,
        Duration leaderCheckInterval,
        String lockName,
        Duration retention,
        Duration inboxRetention,
        Duration purgeInterval,
        Duration sendTimeout) {

    public enum Relay { DEBEZIUM, POLLING, NONE }

    public MessagingProperties {
        relay = relay == null ? Relay.DEBEZIUM : relay;
        pollingInterval = pollingInterval == null ? Duration.ofMillis(50) : pollingInterval;
        batchSize = batchSize <= 0 ? 200 : batchSize;
        // Only how often an idle engine wakes: the relay then takes batches of one, which leave at once; below 100 ms it
        // batches instead (DebeziumOutboxRelay.BATCHING_BELOW). 500 ms woke each idle service's engine twice a second
        // (~0.17 % of a core, bench/results/idle-cpu.md); stopping the engine does not wait for the interval.
        debeziumPollInterval = debeziumPollInterval == null ? Duration.ofSeconds(5) : debeziumPollInterval;
        leaderCheckInterval = leaderCheckInterval == null ? Duration.ofSeconds(1) : leaderCheckInterval;
        retention = retention == null ? Duration.ofDays(7) : retention;
        inboxRetention = inboxRetention == null ? Duration.ofDays(30) : inboxRetention;
        purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
    }
}
