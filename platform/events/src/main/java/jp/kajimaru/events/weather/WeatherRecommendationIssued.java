package jp.kajimaru.events.weather;

import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** Advice for a day derived from the forecast; {@code kind} names the advice (for example laundry). */
public record WeatherRecommendationIssued(
        UUID householdId,
        LocalDate date,
        String kind,
        String headline,
        int precipitationPercent,
        double temperatureMaxC,
        double temperatureMinC) implements DomainEvent {
}
