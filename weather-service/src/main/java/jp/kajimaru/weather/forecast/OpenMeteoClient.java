package jp.kajimaru.weather.forecast;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.kajimaru.weather.household.LocationKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP call to Open-Meteo ({@code /v1/forecast}, or {@code /v1/jma}, which has no precipitation probability), with
 * a timeout; no key needed. Three days, so the cache still holds "today" after midnight.
 */
class OpenMeteoClient {

    private static final String DAILY = "weather_code,temperature_2m_max,temperature_2m_min,precipitation_sum,"
            + "precipitation_probability_max,wind_speed_10m_max";
    private static final String DAILY_JMA = "weather_code,temperature_2m_max,temperature_2m_min,precipitation_sum,"
            + "wind_speed_10m_max";
    private static final String HOURLY = "relative_humidity_2m,precipitation_probability";
    private static final String HOURLY_JMA = "relative_humidity_2m";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ForecastProperties props;
    private final HttpClient http;

    OpenMeteoClient(ForecastProperties props) {
        this.props = props;
        this.http = HttpClient.newBuilder().connectTimeout(props.timeout()).build();
    }

    List<ForecastDay> fetch(LocationKey key) {
        URI uri = uri(key);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(props.timeout()).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ForecastFetchException("Open-Meteo did not answer within " + props.timeout(), true, e);
        } catch (IOException e) {
            throw new ForecastFetchException("Open-Meteo is unreachable: " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForecastFetchException("interrupted while asking Open-Meteo", false, e);
        }
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            throw new ForecastFetchException("Open-Meteo answered " + status, true);
        }
        if (status != 200) {
            throw new ForecastRejectedException("Open-Meteo answered " + status + reason(response.body()));
        }
        return OpenMeteoParser.parse(response.body());
    }

    URI uri(LocationKey key) {
        boolean jma = props.jma();
        String query = "latitude=" + key.latitude().toPlainString() + "&longitude=" + key.longitude().toPlainString()
                + "&timezone=" + URLEncoder.encode(key.timeZone(), StandardCharsets.UTF_8)
                + "&forecast_days=3&wind_speed_unit=kmh"
                + "&daily=" + (jma ? DAILY_JMA : DAILY) + "&hourly=" + (jma ? HOURLY_JMA : HOURLY);
        return URI.create(props.baseUrl() + (jma ? "/v1/jma" : "/v1/forecast") + "?" + query);
    }

    private static String reason(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            String reason = node == null ? "" : node.path("reason").asString("");
            return reason.isEmpty() ? "" : ": " + (reason.length() > 200 ? reason.substring(0, 200) : reason);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
