package jp.kajimaru.weather.issue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kajimaru.events.weather.WeatherRecommendationIssued;
import jp.kajimaru.weather.advice.Language;
import jp.kajimaru.weather.advice.WeatherRules;
import jp.kajimaru.weather.forecast.ForecastDay;

/** The day's advice was announced to the household; the key (household, local date) allows it once. */
@Entity
@Table(name = "issued_recommendations")
public class IssuedRecommendation {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String category;

    @Column(name = "advice_kind", nullable = false)
    private String adviceKind;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected IssuedRecommendation() {
    }

    private IssuedRecommendation(Key key, String category, String adviceKind, Instant issuedAt) {
        this.key = key;
        this.category = category;
        this.adviceKind = adviceKind;
        this.issuedAt = issuedAt;
    }

    /** Records the issue and returns the event that tells the others (headline in the household's language). */
    static Issue issue(UUID householdId, LocalDate date, ForecastDay day, WeatherRules.Decision decision,
                       Language language, Instant now) {
        IssuedRecommendation row = new IssuedRecommendation(new Key(householdId, date), decision.category().key(),
                decision.situation(), now);
        Integer p = day.precipitationProbability();
        WeatherRecommendationIssued event = new WeatherRecommendationIssued(householdId, date, decision.situation(),
                decision.advice(language), p == null ? 0 : p,
                day.temperatureMax() == null ? 0 : day.temperatureMax(),
                day.temperatureMin() == null ? 0 : day.temperatureMin());
        return new Issue(row, event);
    }

    record Issue(IssuedRecommendation row, WeatherRecommendationIssued event) {
    }

    @Embeddable
    public record Key(@Column(name = "household_id") UUID householdId,
                      @Column(name = "local_date") LocalDate localDate) implements Serializable {
    }
}
