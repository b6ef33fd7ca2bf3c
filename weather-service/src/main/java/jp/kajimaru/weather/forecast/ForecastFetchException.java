package jp.kajimaru.weather.forecast;

/** The provider gave no usable forecast; {@code retryable} when trying again soon may help (timeouts, 5xx). */
public class ForecastFetchException extends RuntimeException {

    private final boolean retryable;

    public ForecastFetchException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public ForecastFetchException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
