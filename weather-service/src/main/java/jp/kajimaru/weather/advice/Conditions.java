package jp.kajimaru.weather.advice;

/**
 * One day's forecast as the rules read it; any value may be missing (null). Wind in km/h, humidity the daytime
 * (09–17 h) mean relative humidity in %.
 */
public record Conditions(Integer weatherCode, Double temperatureMax, Double temperatureMin,
                         Integer precipitationProbability, Double precipitationSum, Double windMaxKmh,
                         Integer daytimeHumidity) {

    public static Conditions of(Integer weatherCode) {
        return new Conditions(weatherCode, null, null, null, null, null, null);
    }

    public Conditions withPrecipitationProbability(Integer p) {
        return new Conditions(weatherCode, temperatureMax, temperatureMin, p, precipitationSum, windMaxKmh, daytimeHumidity);
    }

    public Conditions withWind(Double kmh) {
        return new Conditions(weatherCode, temperatureMax, temperatureMin, precipitationProbability, precipitationSum, kmh, daytimeHumidity);
    }

    public Conditions withHumidity(Integer percent) {
        return new Conditions(weatherCode, temperatureMax, temperatureMin, precipitationProbability, precipitationSum, windMaxKmh, percent);
    }

    public Conditions withTemperatures(Double max, Double min) {
        return new Conditions(weatherCode, max, min, precipitationProbability, precipitationSum, windMaxKmh, daytimeHumidity);
    }
}
