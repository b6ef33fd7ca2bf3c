package jp.kajimaru.weather.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Open-Meteo's JSON (parallel arrays under {@code daily} and {@code hourly}, local times in the requested zone)
 * into days. A value that is absent, null or not a number stays null; a body without {@code daily.time} is unusable.
 * From the hourly series it takes, per day, the mean relative humidity between 09:00 and 17:00, and the highest
 * precipitation probability when the daily one is missing.
 */
public final class OpenMeteoParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DAY_START_HOUR = 9;
    private static final int DAY_END_HOUR = 17;

    private OpenMeteoParser() {
    }

    public static List<ForecastDay> parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ForecastFetchException("Open-Meteo answered with something that is not JSON", false, e);
        }
        if (root == null || !root.isObject()) {
            throw new ForecastFetchException("Open-Meteo answered with JSON that is not a forecast", false);
        }
        if (root.path("error").asBoolean(false)) {
            throw new ForecastFetchException("Open-Meteo refused the request: " + root.path("reason").asString(""), false);
        }
        JsonNode daily = root.path("daily");
        JsonNode time = daily.path("time");
        if (!time.isArray() || time.isEmpty()) {
            throw new ForecastFetchException("Open-Meteo's answer has no daily forecast", false);
        }
        Map<LocalDate, Hours> hours = hours(root.path("hourly"));
        List<ForecastDay> days = new ArrayList<>();
        for (int i = 0; i < time.size(); i++) {
            LocalDate date;
            try {
                date = LocalDate.parse(time.get(i).asString(""));
            } catch (DateTimeParseException e) {
                throw new ForecastFetchException("Open-Meteo's answer has a day that is not a date", false, e);
            }
            Hours h = hours.getOrDefault(date, new Hours());
            Integer probability = integer(daily, i, "precipitation_probability_max");
            days.add(new ForecastDay(date, integer(daily, i, "weather_code", "weathercode"),
                    number(daily, i, "temperature_2m_max"), number(daily, i, "temperature_2m_min"),
                    number(daily, i, "precipitation_sum"),
                    probability != null ? probability : h.maxProbability(),
                    number(daily, i, "wind_speed_10m_max", "windspeed_10m_max"), h.meanHumidity()));
        }
        return days;
    }

    private static Map<LocalDate, Hours> hours(JsonNode hourly) {
        Map<LocalDate, Hours> byDay = new HashMap<>();
        JsonNode time = hourly.path("time");
        if (!time.isArray()) {
            return byDay;
        }
        for (int i = 0; i < time.size(); i++) {
            LocalDateTime at;
            try {
                at = LocalDateTime.parse(time.get(i).asString(""));
            } catch (DateTimeParseException e) {
                continue;
            }
            Hours h = byDay.computeIfAbsent(at.toLocalDate(), d -> new Hours());
            Double probability = number(hourly, i, "precipitation_probability");
            if (probability != null) {
                h.probability = h.probability == null ? probability : Math.max(h.probability, probability);
            }
            Double humidity = number(hourly, i, "relative_humidity_2m");
            if (humidity != null && at.getHour() >= DAY_START_HOUR && at.getHour() <= DAY_END_HOUR) {
                h.humiditySum += humidity;
                h.humidityCount++;
            }
        }
        return byDay;
    }

    private static Double number(JsonNode series, int i, String... names) {
        for (String name : names) {
            JsonNode values = series.path(name);
            if (values.isArray() && i < values.size() && values.get(i).isNumber()) {
                double v = values.get(i).asDouble();
                if (Double.isFinite(v)) {
                    return v;
                }
            }
        }
        return null;
    }

    private static Integer integer(JsonNode series, int i, String... names) {
        Double v = number(series, i, names);
        return v == null ? null : (int) Math.round(v);
    }

    private static final class Hours {
        Double probability;
        double humiditySum;
        int humidityCount;

        Integer maxProbability() {
            return probability == null ? null : (int) Math.round(probability);
        }

        Integer meanHumidity() {
            return humidityCount == 0 ? null : (int) Math.round(humiditySum / humidityCount);
        }
    }
}
