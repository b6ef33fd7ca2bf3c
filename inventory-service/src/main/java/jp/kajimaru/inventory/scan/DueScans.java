package jp.kajimaru.inventory.scan;

import jp.kajimaru.inventory.equipment.MaintenanceService;
import jp.kajimaru.inventory.stock.StockService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the two Clock-driven scans (consumption periods, maintenance lead windows) every
 * {@code kajimaru.inventory.scan-interval}. Safe with several replicas: what was announced is kept in each row and
 * guarded by its {@code @Version}, so overlapping scans cannot announce anything twice.
 */
@Component
@ConditionalOnProperty(name = "kajimaru.inventory.scans-enabled", havingValue = "true", matchIfMissing = true)
class DueScans {

    private static final Logger log = LoggerFactory.getLogger(DueScans.class);

    private final StockService stock;
    private final MaintenanceService maintenance;

    DueScans(StockService stock, MaintenanceService maintenance) {
        this.stock = stock;
        this.maintenance = maintenance;
    }

    @Scheduled(initialDelayString = "${kajimaru.inventory.scan-initial-delay:PT20S}",
            fixedDelayString = "${kajimaru.inventory.scan-interval:PT1M}")
    void scan() {
        try {
            int low = stock.announceRunOutPeriods();
            int due = maintenance.announceDue();
            if (low + due > 0) {
                log.info("Scans announced {} run-out consumption period(s) and {} due maintenance task(s)", low, due);
            }
        } catch (RuntimeException e) {
            log.warn("Due scan failed; it runs again at the next interval", e);
        }
    }
}
