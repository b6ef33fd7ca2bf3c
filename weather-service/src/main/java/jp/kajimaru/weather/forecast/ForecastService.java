package jp.kajimaru.weather.forecast;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kajimaru.weather.household.LocationKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The forecast cache: one row per rounded location and zone, refreshed when due (households at the same place share
 * the fetch). The HTTP call runs outside any transaction; a failed refresh keeps the last good forecast.
 */
@Service
public class ForecastService {

    private static final Logger log = LoggerFactory.getLogger(ForecastService.class);

    private final ForecastRepository forecasts;
    private final ForecastProvider provider;
    private final ForecastProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    ForecastService(ForecastRepository forecasts, ForecastProvider provider, ForecastProperties props,
                    TransactionTemplate tx, Clock clock) {
        this.forecasts = forecasts;
        this.provider = provider;
        this.props = props;
        this.tx = tx;
        this.clock = clock;
    }

    public Optional<Forecast> cached(LocationKey key) {
        return tx.execute(s -> forecasts.findByLatitudeAndLongitudeAndTimeZone(key.latitude(), key.longitude(), key.timeZone()));
    }

    /**
     * The cached forecast; when there is none for this place yet (a new household, a new location), or it does not cover
     * {@code date} and is due anyway, or it was fetched "after" now (see {@link Forecast#due}), one fetch is tried first
     * (failures are swallowed: the caller shows what there is). Otherwise the schedule refreshes it.
     */
    public Optional<Forecast> forDay(LocationKey key, LocalDate date) {
        Optional<Forecast> cached = cached(key);
        Instant now = clock.instant();
        if (cached.isPresent() && !cached.get().age(now).isNegative()
                && (cached.get().covers(date) || !cached.get().due(now, props.refreshAfter()))) {
            return cached;
        }
        try {
            return Optional.of(refresh(key));
        } catch (ForecastFetchException e) {
            log.info("No forecast for {} {}: {}", key, date, e.getMessage());
            return cached;
        }
    }

    /** Fetches every place whose forecast is missing or older than {@code refresh-after}; returns the places refreshed. */
    public Set<LocationKey> refreshDue(Collection<LocationKey> places) {
        Instant now = clock.instant();
        Map<LocationKey, Forecast> known = tx.execute(s -> forecasts.findAllBy().stream()
                .collect(Collectors.toMap(Forecast::key, Function.identity(), (a, b) -> a)));
        Set<LocationKey> refreshed = new LinkedHashSet<>();
        for (LocationKey key : new LinkedHashSet<>(places)) {
            Forecast f = known.get(key);
            if (f != null && !f.due(now, props.refreshAfter())) {
                continue;
            }
            try {
                refresh(key);
                refreshed.add(key);
            } catch (ForecastFetchException e) {
                log.warn("Refreshing the forecast for {} failed: {}", key, e.getMessage());
            }
        }
        return refreshed;
    }

    /** Fetches {@code key} now and stores it; throws {@link ForecastFetchException} when the provider gives nothing usable. */
    public Forecast refresh(LocationKey key) {
        List<ForecastDay> days = provider.fetch(key);
        // As the column keeps it (microseconds), so this answer and every later read show the same fetchedAt.
        Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        try {
            return tx.execute(s -> forecasts.findByLatitudeAndLongitudeAndTimeZone(key.latitude(), key.longitude(), key.timeZone())
                    .map(existing -> {
                        existing.replace(days, at);
                        return forecasts.saveAndFlush(existing);
                    })
                    .orElseGet(() -> forecasts.saveAndFlush(Forecast.of(key, days, at))));
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            // Another request or replica stored this place's forecast at the same moment: theirs is as new as ours.
            return cached(key).orElseThrow(() -> raced);
        }
    }

    /** Every cached forecast with its days (one query). */
    public List<Forecast> all() {
        return tx.execute(s -> forecasts.findAllBy());
    }

    /** Fresh while younger than {@code stale-after}. */
    public boolean isFresh(Forecast forecast) {
        return forecast.age(clock.instant()).compareTo(props.staleAfter()) < 0;
    }
}
