package jp.kajimaru.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends due deliveries every second (by the injected clock); replicas claim rows with SKIP LOCKED. */
@Component
class DeliverySchedule {

    private static final Logger log = LoggerFactory.getLogger(DeliverySchedule.class);

    private final DeliveryService deliveries;
    private final boolean enabled;

    DeliverySchedule(DeliveryService deliveries, @Value("${kajimaru.notifications.delivery.enabled:true}") boolean enabled) {
        this.deliveries = deliveries;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${kajimaru.notifications.delivery.poll:PT1S}", initialDelayString = "PT2S")
    void run() {
        if (!enabled) {
            return;
        }
        try {
            deliveries.sendDue(100);
        } catch (RuntimeException e) {
            log.warn("sending deliveries failed, trying again on the next round: {}", e.toString());
        }
    }
}
