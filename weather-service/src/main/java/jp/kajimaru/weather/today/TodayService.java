package jp.kajimaru.weather.today;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.kajimaru.weather.advice.Language;
import jp.kajimaru.weather.advice.WeatherRules;
import jp.kajimaru.weather.forecast.Forecast;
import jp.kajimaru.weather.forecast.ForecastDay;
import jp.kajimaru.weather.forecast.ForecastService;
import jp.kajimaru.weather.household.Household;
import jp.kajimaru.weather.household.HouseholdService;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;

/** Today's weather and advice for the caller's household, in its zone and the caller's language. Never fails for the weather's sake. */
@Service
public class TodayService {

    private final HouseholdService households;
    private final ForecastService forecasts;
    private final Clock clock;

    TodayService(HouseholdService households, ForecastService forecasts, Clock clock) {
        this.households = households;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    public TodayView today(CurrentMember caller, String acceptLanguage) {
        Household h = households.find(caller.householdId());
        Language language = Language.choose(acceptLanguage, h.locale());
        LocalDate date = LocalDate.now(clock.withZone(h.zone()));
        TodayView.Place place = new TodayView.Place(h.locationLabel(), h.latitude(), h.longitude(), h.zone().getId());
        Optional<Forecast> forecast = forecasts.forDay(h.locationKey(), date);
        Optional<ForecastDay> day = forecast.flatMap(f -> f.day(date));
        Optional<WeatherRules.Decision> decision = day.flatMap(d -> WeatherRules.decide(d.conditions()));
        if (decision.isEmpty()) {
            return new TodayView("unavailable", date, forecast.map(Forecast::fetchedAt).orElse(null),
                    forecast.map(f -> age(f)).orElse(null), place, null, null, null, null, null, null, null,
                    language.tag(), List.of());
        }
        Forecast f = forecast.get();
        ForecastDay d = day.get();
        WeatherRules.Decision rule = decision.get();
        return new TodayView(forecasts.isFresh(f) ? "fresh" : "stale", date, f.fetchedAt(), age(f), place,
                rule.category().key(), d.weatherCode(), d.temperatureMax(), d.temperatureMin(),
                d.precipitationProbability(), rule.situation(), rule.advice(language), language.tag(),
                rule.recommendations().stream()
                        .map(r -> new TodayView.RecommendationView(r.kind(), r.key(), r.title(language), null))
                        .toList());
    }

    private long age(Forecast f) {
        return Math.max(0, Duration.between(f.fetchedAt(), clock.instant()).toMinutes());
    }
}
