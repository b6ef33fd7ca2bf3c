-- weather-service's own schema. Households are a replica of user-service's (location, zone, language).
CREATE TABLE households (
  household_id   CHAR(36)      NOT NULL PRIMARY KEY,
  time_zone      VARCHAR(64)   NOT NULL,
  locale         VARCHAR(10)   NOT NULL,
  location_label VARCHAR(100)  NOT NULL,
  latitude       DECIMAL(8,5)  NOT NULL,
  longitude      DECIMAL(8,5)  NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One cached forecast per rounded location (2 decimals, about 1 km) and zone: households there share one fetch.
CREATE TABLE forecasts (
  id          CHAR(36)     NOT NULL PRIMARY KEY,
  latitude    DECIMAL(5,2) NOT NULL,
  longitude   DECIMAL(6,2) NOT NULL,
  time_zone   VARCHAR(64)  NOT NULL,
  fetched_at  DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL,
  UNIQUE KEY ux_forecasts_place (latitude, longitude, time_zone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The forecast's days in the household's zone; any value the provider left out is NULL.
CREATE TABLE forecast_days (
  forecast_id               CHAR(36)    NOT NULL,
  forecast_date             DATE        NOT NULL,
  weather_code              INT         NULL,
  temperature_max           DOUBLE      NULL,
  temperature_min           DOUBLE      NULL,
  precipitation_sum         DOUBLE      NULL,
  precipitation_probability INT         NULL,
  wind_max_kmh              DOUBLE      NULL,
  daytime_humidity          INT         NULL,
  PRIMARY KEY (forecast_id, forecast_date),
  CONSTRAINT fk_forecast_days FOREIGN KEY (forecast_id) REFERENCES forecasts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- WeatherRecommendationIssued at most once per household and local day: the key says so.
CREATE TABLE issued_recommendations (
  household_id CHAR(36)    NOT NULL,
  local_date   DATE        NOT NULL,
  category     VARCHAR(10) NOT NULL,
  advice_kind  VARCHAR(40) NOT NULL,
  issued_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (household_id, local_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
