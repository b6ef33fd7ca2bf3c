package jp.kajimaru.notification.task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due reminders every few seconds (by the injected clock, so a restarted replica catches up at once and a
 * test moves time by moving the clock). Several replicas may run it: rows are claimed with SKIP LOCKED.
 */
@Component
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);
    private static final int BATCH = 50;

    private final ReminderService reminders;
    private final boolean enabled;

    ReminderSchedule(ReminderService reminders, @Value("${kajimaru.notifications.reminders.enabled:true}") boolean enabled) {
        this.reminders = reminders;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${kajimaru.notifications.reminders.poll:PT10S}",
            initialDelayString = "${kajimaru.notifications.reminders.initial-delay:PT2S}")
    void run() {
        if (!enabled) {
            return;
        }
        try {
            int claimed;
            do {
                claimed = reminders.sendDue(BATCH);
            } while (claimed == BATCH);
        } catch (RuntimeException e) {
            log.warn("sending due reminders failed, trying again on the next round: {}", e.toString());
        }
    }
}
