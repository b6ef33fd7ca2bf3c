package jp.kajimaru.weather.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Forecasts belong to places, not households: a household reaches only the one at its own location key. */
public interface ForecastRepository extends JpaRepository<Forecast, UUID> {

    @EntityGraph(attributePaths = "days")
    Optional<Forecast> findByLatitudeAndLongitudeAndTimeZone(BigDecimal latitude, BigDecimal longitude, String timeZone);

    @EntityGraph(attributePaths = "days")
    List<Forecast> findAllBy();
}
