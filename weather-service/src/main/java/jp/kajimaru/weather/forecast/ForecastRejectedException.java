package jp.kajimaru.weather.forecast;

/**
 * The provider answered, but refused this one request (HTTP 4xx other than 429: e.g. coordinates it does not serve).
 * It says nothing about the provider's health, so the circuit breaker ignores it: one household's bad place must not
 * stop the forecasts of every other household (ADR 0011).
 */
public class ForecastRejectedException extends ForecastFetchException {

    public ForecastRejectedException(String message) {
        super(message, false);
    }
}
