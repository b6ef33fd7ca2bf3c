package jp.kajimaru.weather.schedule;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The Clock decides, the timer only asks often: every {@code check-every} the forecasts that are due (older than
 * {@code refresh-after}, by the Clock) are fetched, one call per place, and every household whose local day has
 * begun gets its recommendation issued once. Idempotent, so several replicas may run it.
 */
@Component
@ConditionalOnProperty(name = "kajimaru.weather.schedule.enabled", havingValue = "true", matchIfMissing = true)
class WeatherSchedule {

    private static final Logger log = LoggerFactory.getLogger(WeatherSchedule.class);

    private final WeatherPass pass;

    WeatherSchedule(WeatherPass pass) {
        this.pass = pass;
    }

    @Scheduled(initialDelayString = "${kajimaru.weather.initial-delay:20s}", fixedDelayString = "${kajimaru.weather.check-every:5m}")
    void run() {
        try {
            pass.run();
        } catch (RuntimeException e) {
            log.warn("Weather pass failed: {}", e.toString());
        }
    }
}
