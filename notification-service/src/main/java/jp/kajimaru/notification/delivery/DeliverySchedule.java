package jp.kajimaru.notification.delivery;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries (by the injected clock; replicas claim rows with SKIP LOCKED) as soon as a message's commit
 * says some are due ({@link DeliveriesDue}), and every {@code poll} (15 s) for the rest: retries after their back-off,
 * e-mail held by quiet hours, rows another replica planned (it asked every second before, most of
 * notification-service's CPU at rest: bench/results/idle-cpu.md).
 */
@Component
class DeliverySchedule {

    private static final Logger log = LoggerFactory.getLogger(DeliverySchedule.class);

    private final DeliveryService deliveries;
    private final boolean enabled;
    private final ExecutorService woken = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deliveries-due");
        t.setDaemon(true);
        return t;
    });
    /** A wake-up is queued and has not started yet: a burst of commits runs one round, not one each. */
    private final AtomicBoolean queued = new AtomicBoolean();

    DeliverySchedule(DeliveryService deliveries, @Value("${kajimaru.notifications.delivery.enabled:true}") boolean enabled) {
        this.deliveries = deliveries;
        this.enabled = enabled;
    }

    @EventListener
    void due(DeliveriesDue due) {
        wake();
    }

    @Scheduled(fixedDelayString = "${kajimaru.notifications.delivery.poll:PT15S}",
            initialDelayString = "${kajimaru.notifications.delivery.poll:PT15S}")
    void poll() {
        wake();
    }

    // On a thread of its own: a backlog of slow e-mails no longer holds up the reminders and digests, which share
    // the scheduler's one thread.
    private void wake() {
        if (enabled && queued.compareAndSet(false, true)) {
            woken.execute(this::sendAllDue);
        }
    }

    private void sendAllDue() {
        queued.set(false);
        try {
            // Until none is left: on this thread a backlog holds up nothing else, so no round limit.
            deliveries.sendDue(Integer.MAX_VALUE);
        } catch (RuntimeException e) {
            log.warn("sending deliveries failed, trying again on the next round: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        woken.shutdownNow();
    }
}
