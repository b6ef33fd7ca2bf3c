package jp.kajimaru.weather.forecast;

import java.util.List;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jp.kajimaru.weather.household.LocationKey;

/**
 * Open-Meteo behind a retry (timeouts, unreachable, 5xx; a 400 or a garbled answer is not tried again) inside a
 * circuit breaker: once most recent calls failed, calls fail at once for a while instead of each waiting out its
 * timeout, then one trial call decides whether the provider is back.
 */
class ForecastProvider {

    private final OpenMeteoClient client;
    private final CircuitBreaker breaker;
    private final Retry retry;

    ForecastProvider(OpenMeteoClient client, CircuitBreaker breaker, ForecastProperties props) {
        this.client = client;
        this.breaker = breaker;
        this.retry = Retry.of("open-meteo", RetryConfig.custom()
                .maxAttempts(props.retries() + 1)
                .waitDuration(props.retryWait())
                .retryOnException(e -> e instanceof ForecastFetchException f && f.retryable())
                .build());
    }

    List<ForecastDay> fetch(LocationKey key) {
        try {
            return breaker.executeSupplier(Retry.decorateSupplier(retry, () -> client.fetch(key)));
        } catch (CallNotPermittedException e) {
            throw new ForecastFetchException("Open-Meteo is failing; not asking again until the circuit half-opens", false, e);
        }
    }
}
