package jp.kajimaru.weather.schedule;

import java.util.List;

import jp.kajimaru.weather.forecast.ForecastService;
import jp.kajimaru.weather.household.Household;
import jp.kajimaru.weather.household.HouseholdService;
import jp.kajimaru.weather.issue.RecommendationIssuer;
import org.springframework.stereotype.Service;

/** One pass: refresh the due forecasts of every household's place, then issue the day's recommendations. */
@Service
public class WeatherPass {

    private final HouseholdService households;
    private final ForecastService forecasts;
    private final RecommendationIssuer issuer;

    WeatherPass(HouseholdService households, ForecastService forecasts, RecommendationIssuer issuer) {
        this.households = households;
        this.forecasts = forecasts;
        this.issuer = issuer;
    }

    /** Returns how many recommendations were issued. */
    public int run() {
        List<Household> all = households.all();
        forecasts.refreshDue(all.stream().map(Household::locationKey).toList());
        return issuer.issueDue(all, RecommendationIssuer.byPlace(forecasts.all()));
    }
}
