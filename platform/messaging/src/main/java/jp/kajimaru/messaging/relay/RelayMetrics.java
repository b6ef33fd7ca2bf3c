package jp.kajimaru.messaging.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox side of the event pipeline as gauges: backlog, age of the oldest unpublished row (by the injected clock),
 * whether this replica leads and streams, and when it last published. Prometheus names: {@code kajimaru_outbox_pending},
 * {@code kajimaru_outbox_oldest_age_seconds}, {@code kajimaru_relay_leader}, {@code kajimaru_relay_streaming},
 * {@code kajimaru_relay_last_publish_seconds} (epoch seconds, 0 before the first publish).
 */
public final class RelayMetrics {

    private RelayMetrics() {
    }

    public static void register(MeterRegistry meters, OutboxRows rows, RelayLeadership leadership,
                                OutboxPublisher publisher, Clock clock) {
        String kind = leadership.relay().kind();
        Gauge.builder("kajimaru.outbox.pending", rows, OutboxRows::pendingCount)
                .description("outbox events not yet published").register(meters);
        Gauge.builder("kajimaru.outbox.oldest.age", rows, r -> oldestAgeSeconds(r, clock))
                .description("age of the oldest unpublished outbox event, 0 when none waits")
                .baseUnit("seconds").register(meters);
        Gauge.builder("kajimaru.relay.leader", leadership, l -> l.isLeader() ? 1 : 0)
                .description("1 while this replica holds the outbox relay lock").tag("relay", kind).register(meters);
        Gauge.builder("kajimaru.relay.streaming", leadership, l -> l.isLeader() && l.relay().isRunning() ? 1 : 0)
                .description("1 while this replica's relay runs and sends outbox events to Kafka")
                .tag("relay", kind).register(meters);
        Gauge.builder("kajimaru.relay.last.publish", publisher,
                        p -> p.lastPublishedAt().map(t -> t.toEpochMilli() / 1000.0).orElse(0.0))
                .description("when the broker last acknowledged outbox events (epoch seconds), 0 before the first")
                .baseUnit("seconds").register(meters);
    }

    static double oldestAgeSeconds(OutboxRows rows, Clock clock) {
        return rows.oldestPendingOccurredAt()
                .map(oldest -> Math.max(0, Duration.between(oldest, Instant.now(clock)).toMillis() / 1000.0))
                .orElse(0.0);
    }
}
