package jp.kajimaru.weather.forecast;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jp.kajimaru.weather.advice.Conditions;

/** One day of a forecast in the household's zone; the provider may leave any value out (null). */
@Embeddable
public class ForecastDay {

    @Column(name = "forecast_date", nullable = false)
    private LocalDate date;

    @Column(name = "weather_code")
    private Integer weatherCode;

    @Column(name = "temperature_max")
    private Double temperatureMax;

    @Column(name = "temperature_min")
    private Double temperatureMin;

    @Column(name = "precipitation_sum")
    private Double precipitationSum;

    @Column(name = "precipitation_probability")
    private Integer precipitationProbability;

    @Column(name = "wind_max_kmh")
    private Double windMaxKmh;

    @Column(name = "daytime_humidity")
    private Integer daytimeHumidity;

    protected ForecastDay() {
    }

    public ForecastDay(LocalDate date, Integer weatherCode, Double temperatureMax, Double temperatureMin,
                       Double precipitationSum, Integer precipitationProbability, Double windMaxKmh,
                       Integer daytimeHumidity) {
        this.date = date;
        this.weatherCode = weatherCode;
        this.temperatureMax = temperatureMax;
        this.temperatureMin = temperatureMin;
        this.precipitationSum = precipitationSum;
        this.precipitationProbability = precipitationProbability;
        this.windMaxKmh = windMaxKmh;
        this.daytimeHumidity = daytimeHumidity;
    }

    public LocalDate date() {
        return date;
    }

    public Integer weatherCode() {
        return weatherCode;
    }

    public Double temperatureMax() {
        return temperatureMax;
    }

    public Double temperatureMin() {
        return temperatureMin;
    }

    public Integer precipitationProbability() {
        return precipitationProbability;
    }

    public Conditions conditions() {
        return new Conditions(weatherCode, temperatureMax, temperatureMin, precipitationProbability, precipitationSum,
                windMaxKmh, daytimeHumidity);
    }

    @Override
    public String toString() {
        return date + " code " + weatherCode;
    }
}
