package jp.kajimaru.messaging.relay;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the purge on the replica that holds the relay lock, so replicas do not race each other's deletes. */
public class OutboxPurgeSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxPurgeSchedule.class);

    private final OutboxPurger purger;
    private final RelayLeadership leadership;
    private final Duration interval;
    private ScheduledExecutorService loop;

    public OutboxPurgeSchedule(OutboxPurger purger, RelayLeadership leadership, Duration interval) {
        this.purger = purger;
        this.leadership = leadership;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        loop = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-purge"));
        loop.scheduleWithFixedDelay(() -> {
            try {
                if (leadership.isLeader()) {
                    purger.purge();
                }
            } catch (RuntimeException e) {
                log.warn("Outbox purge failed: {}", e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (loop != null) {
            loop.shutdownNow();
            loop = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return loop != null;
    }
}
