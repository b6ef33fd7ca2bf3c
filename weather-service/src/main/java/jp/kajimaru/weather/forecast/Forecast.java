package jp.kajimaru.weather.forecast;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.weather.household.LocationKey;

/** The last good forecast for one rounded location and zone, with when it was fetched. */
@Entity
@Table(name = "forecasts")
public class Forecast {

    @Id
    private UUID id;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal longitude;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @ElementCollection
    @CollectionTable(name = "forecast_days", joinColumns = @JoinColumn(name = "forecast_id"))
    @OrderBy("date")
    private List<ForecastDay> days = new ArrayList<>();

    @Version
    private long version;

    protected Forecast() {
    }

    static Forecast of(LocationKey key, List<ForecastDay> days, Instant fetchedAt) {
        Forecast f = new Forecast();
        f.id = UUID.randomUUID();
        f.latitude = key.latitude();
        f.longitude = key.longitude();
        f.timeZone = key.timeZone();
        f.replace(days, fetchedAt);
        return f;
    }

    /** A newer fetch replaces every day. */
    void replace(List<ForecastDay> fresh, Instant at) {
        days.clear();
        days.addAll(fresh);
        fetchedAt = at;
    }

    public LocationKey key() {
        return new LocationKey(latitude, longitude, timeZone);
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    public Optional<ForecastDay> day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** Whether it says what the weather is on {@code date} (a day with a weather code). */
    public boolean covers(LocalDate date) {
        return day(date).map(d -> d.weatherCode() != null).orElse(false);
    }

    public Duration age(Instant now) {
        return Duration.between(fetchedAt, now);
    }

    /**
     * Due for a refresh: older than {@code refreshAfter}, or fetched "after" {@code now} — a clock that was set back
     * (a restored database, a demonstration stack whose clock starts at the same instant every time) would otherwise
     * keep such a forecast fresh, never asked again, until the clock caught up.
     */
    public boolean due(Instant now, Duration refreshAfter) {
        Duration age = age(now);
        return age.isNegative() || age.compareTo(refreshAfter) >= 0;
    }
}
