package jp.kajimaru.weather.forecast;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kajimaru.weather.*}: where Open-Meteo is ({@code base-url}, env {@code KAJIMARU_WEATHER_BASE_URL}), which of
 * its endpoints ({@code forecast} = /v1/forecast, {@code jma} = /v1/jma), how long a call may take, how often to
 * retry, when a cached forecast is due for a refresh and when it counts as stale, and the circuit breaker's limits.
 */
@ConfigurationProperties("kajimaru.weather")
public record ForecastProperties(
        String baseUrl,
        String endpoint,
        Duration timeout,
        int retries,
        Duration retryWait,
        Duration refreshAfter,
        Duration staleAfter,
        Duration checkEvery,
        Breaker breaker) {

    public ForecastProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.open-meteo.com" : baseUrl.replaceAll("/+$", "");
        endpoint = endpoint == null || endpoint.isBlank() ? "forecast" : endpoint;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        retries = Math.max(0, retries);
        retryWait = retryWait == null ? Duration.ofMillis(500) : retryWait;
        refreshAfter = refreshAfter == null ? Duration.ofHours(1) : refreshAfter;
        staleAfter = staleAfter == null ? Duration.ofHours(3) : staleAfter;
        checkEvery = checkEvery == null ? Duration.ofMinutes(5) : checkEvery;
        breaker = breaker == null ? new Breaker(0, 0, null) : breaker;
    }

    /** The host (and port) forecasts come from: what the circuit breaker guards. */
    public String providerHost() {
        java.net.URI uri = java.net.URI.create(baseUrl);
        return uri.getPort() < 0 ? String.valueOf(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
    }

    public boolean jma() {
        return "jma".equalsIgnoreCase(endpoint);
    }

    /** Open after {@code minimumCalls} calls of which {@code failureRatePercent} failed; half-open after {@code openFor}. */
    public record Breaker(int minimumCalls, int failureRatePercent, Duration openFor) {
        public Breaker {
            minimumCalls = minimumCalls <= 0 ? 4 : minimumCalls;
            failureRatePercent = failureRatePercent <= 0 || failureRatePercent > 100 ? 50 : failureRatePercent;
            openFor = openFor == null ? Duration.ofMinutes(5) : openFor;
        }
    }
}
