package jp.kajimaru.messaging.relay;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback relay ({@code kajimaru.outbox.relay=polling}): asks the table for unpublished rows.
 * Simpler to operate than CDC (no binlog), at the price of a query per interval and latency of
 * about half the interval.
 */
public class PollingOutboxRelay implements OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(PollingOutboxRelay.class);

    private final OutboxRows rows;
    private final OutboxPublisher publisher;
    private final Duration interval;
    private final int batchSize;
    private ScheduledExecutorService loop;

    public PollingOutboxRelay(OutboxRows rows, OutboxPublisher publisher, Duration interval, int batchSize) {
        this.rows = rows;
        this.publisher = publisher;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    @Override
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-polling-relay"));
        loop.scheduleWithFixedDelay(this::drain, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Polling outbox relay started (every {} ms)", interval.toMillis());
    }

    private void drain() {
        try {
            List<OutboxRecord> batch;
            do {
                batch = rows.pending(batchSize);
                publisher.publish(batch);
            } while (batch.size() == batchSize && !Thread.currentThread().isInterrupted());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // The rows stay unpublished and the next round tries again; nothing is lost.
            log.warn("Outbox polling round failed, retrying next round: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (loop == null) {
            return;
        }
        loop.shutdownNow();
        try {
            loop.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loop = null;
        log.info("Polling outbox relay stopped");
    }

    @Override
    public synchronized boolean isRunning() {
        return loop != null;
    }

    @Override
    public String kind() {
        return "polling";
    }
}
