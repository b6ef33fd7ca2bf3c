package jp.kajimaru.weather.today;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/weather/today}. {@code status}: {@code fresh}, {@code stale} (the last forecast, fetched at
 * {@code fetchedAt}, {@code ageMinutes} ago) or {@code unavailable} (no forecast for today: everything about the
 * weather is null and there are no recommendations). A recommendation's {@code kind} is a chore kind (rotation-service's
 * ChoreKinds vocabulary), {@code key} says which advice it is. {@code choreId} is always null here: weather-service
 * cannot see the household's chores, so the browser offers "do it today" for the chore of that kind in
 * {@code GET /api/chores} (no chore of that kind: no offer).
 */
public record TodayView(String status, LocalDate date, Instant fetchedAt, Long ageMinutes, Place location,
                        String category, Integer weatherCode, Double temperatureMax, Double temperatureMin,
                        Integer precipitationProbability, String adviceKind, String advice, String language,
                        List<RecommendationView> recommendations) {

    public record Place(String label, BigDecimal latitude, BigDecimal longitude, String timeZone) {
    }

    public record RecommendationView(String kind, String key, String title, UUID choreId) {
    }
}
