package jp.kajimaru.weather.issue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.weather.advice.Language;
import jp.kajimaru.weather.advice.WeatherRules;
import jp.kajimaru.weather.forecast.Forecast;
import jp.kajimaru.weather.forecast.ForecastDay;
import jp.kajimaru.weather.forecast.ForecastService;
import jp.kajimaru.weather.household.Household;
import jp.kajimaru.weather.household.LocationKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * WeatherRecommendationIssued once per household and local day, as soon as a fresh forecast covers that day (for
 * notification-service's morning message). The row and the outbox event commit together; the primary key on
 * (household, date) turns a second attempt — another pass, another replica — into a no-op.
 */
@Service
public class RecommendationIssuer {

    private static final Logger log = LoggerFactory.getLogger(RecommendationIssuer.class);

    private final IssuedRecommendationRepository issued;
    private final ForecastService forecasts;
    private final OutboxWriter outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    RecommendationIssuer(IssuedRecommendationRepository issued, ForecastService forecasts, OutboxWriter outbox,
                         TransactionTemplate tx, Clock clock) {
        this.issued = issued;
        this.forecasts = forecasts;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    /** Issues today's recommendation for each household that has none yet; returns how many were issued. */
    public int issueDue(List<Household> households, Map<LocationKey, Forecast> forecastsByPlace) {
        LocalDate earliest = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(1);
        Set<IssuedRecommendation.Key> done = new HashSet<>(tx.execute(s -> issued.keysSince(earliest)));
        int count = 0;
        for (Household h : households) {
            LocalDate today = LocalDate.now(clock.withZone(h.zone()));
            if (done.contains(new IssuedRecommendation.Key(h.id(), today))) {
                continue;
            }
            Forecast forecast = forecastsByPlace.get(h.locationKey());
            if (forecast == null || !forecasts.isFresh(forecast)) {
                continue;
            }
            Optional<ForecastDay> day = forecast.day(today);
            Optional<WeatherRules.Decision> decision = day.flatMap(d -> WeatherRules.decide(d.conditions()));
            if (decision.isEmpty()) {
                continue;
            }
            if (issue(h, today, day.get(), decision.get())) {
                count++;
            }
        }
        return count;
    }

    private boolean issue(Household h, LocalDate today, ForecastDay day, WeatherRules.Decision decision) {
        try {
            return Boolean.TRUE.equals(tx.execute(s -> {
                if (issued.existsByKeyHouseholdIdAndKeyLocalDate(h.id(), today)) {
                    return false;
                }
                IssuedRecommendation.Issue issue = IssuedRecommendation.issue(h.id(), today, day, decision,
                        Language.choose(null, h.locale()), clock.instant());
                issued.saveAndFlush(issue.row());
                outbox.publish(h.id() + "/" + today, issue.event());
                return true;
            }));
        } catch (DataIntegrityViolationException raced) {
            log.debug("Recommendation for {} on {} was issued meanwhile", h.id(), today);
            return false;
        }
    }

    /** Convenience for callers holding a list of forecasts. */
    public static Map<LocationKey, Forecast> byPlace(List<Forecast> list) {
        return list.stream().collect(Collectors.toMap(Forecast::key, Function.identity(), (a, b) -> a));
    }
}
