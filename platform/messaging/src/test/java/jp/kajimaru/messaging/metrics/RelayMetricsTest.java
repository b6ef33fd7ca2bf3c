package jp.kajimaru.messaging.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jp.kajimaru.events.Topics;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.messaging.testapp.NoteService;
import jp.kajimaru.testsupport.KafkaTestConsumer;
import jp.kajimaru.testsupport.RealInfrastructure;
import jp.kajimaru.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A streaming relay (polling, on the real MariaDB and Kafka) as Prometheus sees it. */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "kajimaru.outbox.relay=polling")
@RealInfrastructure
class RelayMetricsTest {

    @Autowired NoteService notes;
    @Autowired MeterRegistry meters;
    @Autowired PrometheusMeterRegistry prometheus;

    @Test
    void theLeaderStreamsAndReportsWhenItLastPublishedAndWhichEventsItSent() {
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge("kajimaru.relay.streaming") == 1);
        assertThat(gauge("kajimaru.relay.leader")).isEqualTo(1);
        assertThat(meters.get("kajimaru.relay.streaming").gauge().getId().getTag("relay")).isEqualTo("polling");

        Instant publishedAt = Instant.parse("2026-12-01T10:15:30Z");
        TestClock.shared().set(publishedAt);
        double before = published("MemberJoined");
        UUID household = UUID.randomUUID();
        notes.write(household, "counted", false);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(Topics.USER)) {
            consumer.awaitRecords(r -> household.toString().equals(KafkaTestConsumer.text(r.key())), 1, Duration.ofSeconds(60));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> published("MemberJoined") == before + 1);
        assertThat(gauge("kajimaru.relay.last.publish")).isEqualTo(publishedAt.getEpochSecond());
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge("kajimaru.outbox.pending") == 0);
        assertThat(gauge("kajimaru.outbox.oldest.age")).isZero();

        String scrape = prometheus.scrape();
        assertThat(scrape).contains("kajimaru_relay_streaming{relay=\"polling\"} 1.0", "kajimaru_relay_leader{relay=\"polling\"} 1.0",
                "kajimaru_relay_last_publish_seconds " + (double) publishedAt.getEpochSecond(),
                "kajimaru_outbox_published_total{type=\"MemberJoined\"}", "kajimaru_outbox_pending ",
                "kajimaru_outbox_oldest_age_seconds 0.0");
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private double published(String type) {
        var counter = meters.find("kajimaru.outbox.published").tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }
}
