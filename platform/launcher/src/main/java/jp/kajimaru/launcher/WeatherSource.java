package jp.kajimaru.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where weather-service gets its forecasts: Open-Meteo on the internet unless the environment names another server
 * ({@code KAJIMARU_WEATHER_BASE_URL}: a mirror, a proxy, recorded answers in a test) or its JMA endpoint
 * ({@code KAJIMARU_WEATHER_ENDPOINT=jma}).
 */
public record WeatherSource(Optional<String> baseUrl, Optional<String> endpoint) {

    /** Nothing named: the service's own default, https://api.open-meteo.com with /v1/forecast. */
    public static final WeatherSource OPEN_METEO = new WeatherSource(Optional.empty(), Optional.empty());

    /** weather-service's properties for what was named; empty when nothing was. */
    public List<String> springArguments() {
        List<String> args = new ArrayList<>();
        baseUrl.ifPresent(url -> args.add("--kajimaru.weather.base-url=" + url));
        endpoint.ifPresent(e -> args.add("--kajimaru.weather.endpoint=" + e));
        return args;
    }
}
