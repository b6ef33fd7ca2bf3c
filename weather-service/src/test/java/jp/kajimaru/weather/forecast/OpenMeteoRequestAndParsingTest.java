package jp.kajimaru.weather.forecast;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jp.kajimaru.weather.household.LocationKey;
import jp.kajimaru.weather.support.FakeOpenMeteo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is asked of Open-Meteo (both endpoints) and what is read from its recorded answers. */
class OpenMeteoRequestAndParsingTest {

    private static final LocationKey TOKYO = LocationKey.of(new BigDecimal("35.68950"), new BigDecimal("139.69170"), "Asia/Tokyo");

    private static ForecastProperties props(String endpoint) {
        return new ForecastProperties("http://example.test/", endpoint, Duration.ofSeconds(1), 1, Duration.ZERO,
                null, null, null, null);
    }

    @Test
    void theForecastEndpointAsksForTheDailyAndHourlyFieldsInTheHouseholdsZone() {
        String uri = new OpenMeteoClient(props("forecast")).uri(TOKYO).toString();
        assertThat(uri).startsWith("http://example.test/v1/forecast?latitude=35.69&longitude=139.69&timezone=Asia%2FTokyo")
                .contains("daily=weather_code,temperature_2m_max,temperature_2m_min,precipitation_sum,"
                        + "precipitation_probability_max,wind_speed_10m_max")
                .contains("hourly=relative_humidity_2m,precipitation_probability", "forecast_days=3", "wind_speed_unit=kmh");
    }

    @Test
    void theJmaEndpointLeavesOutTheRainChanceItDoesNotHave() {
        String uri = new OpenMeteoClient(props("jma")).uri(TOKYO).toString();
        assertThat(uri).startsWith("http://example.test/v1/jma?").doesNotContain("precipitation_probability")
                .contains("weather_code", "relative_humidity_2m");
    }

    @Test
    void readsTheDaysAndTheDaytimeHumidity() {
        List<ForecastDay> days = OpenMeteoParser.parse(FakeOpenMeteo.recorded("sunny-tokyo.json"));
        assertThat(days).extracting(ForecastDay::date).containsExactly(LocalDate.parse("2026-11-30"),
                LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"));
        ForecastDay today = days.get(0);
        assertThat(today.weatherCode()).isZero();
        assertThat(today.temperatureMax()).isEqualTo(15.2);
        assertThat(today.precipitationProbability()).isEqualTo(5);
        // 09:00–17:00: 45 + (hour % 5) → 49,45,46,47,48,49,45,46,47 → mean 46.9
        assertThat(today.conditions().daytimeHumidity()).isEqualTo(47);
        assertThat(today.conditions().windMaxKmh()).isEqualTo(11.2);
    }

    @Test
    void withoutTheDailyRainChanceTheHourlyMaximumIsUsed() {
        String body = FakeOpenMeteo.recorded("sunny-tokyo.json").replace("\"precipitation_probability_max\": [5, 20, 90], ", "");
        assertThat(body).doesNotContain("precipitation_probability_max\": [");
        assertThat(OpenMeteoParser.parse(body).get(2).precipitationProbability()).isEqualTo(90);
    }

    @Test
    void missingValuesAreNullNotZero() {
        ForecastDay today = OpenMeteoParser.parse(FakeOpenMeteo.recorded("missing-fields.json")).get(0);
        assertThat(today.weatherCode()).isEqualTo(2);
        assertThat(today.temperatureMin()).isNull();
        assertThat(today.precipitationProbability()).isNull();
        assertThat(today.conditions().windMaxKmh()).isNull();
        assertThat(today.conditions().daytimeHumidity()).isNull();
    }

    @Test
    void garbageAnErrorBodyOrNoDaysAreRefused() {
        assertThatThrownBy(() -> OpenMeteoParser.parse(FakeOpenMeteo.recorded("garbage.txt")))
                .isInstanceOf(ForecastFetchException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> OpenMeteoParser.parse(FakeOpenMeteo.recorded("error-400.json")))
                .isInstanceOf(ForecastFetchException.class).hasMessageContaining("Cannot initialize WeatherVariable");
        assertThatThrownBy(() -> OpenMeteoParser.parse("{\"latitude\": 1}")).isInstanceOf(ForecastFetchException.class);
        assertThatThrownBy(() -> OpenMeteoParser.parse("[1, 2]")).isInstanceOf(ForecastFetchException.class);
        assertThatThrownBy(() -> OpenMeteoParser.parse("{\"daily\": {\"time\": [\"yesterday\"]}}"))
                .isInstanceOf(ForecastFetchException.class);
    }
}
