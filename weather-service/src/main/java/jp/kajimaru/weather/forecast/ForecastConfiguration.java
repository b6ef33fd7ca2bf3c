package jp.kajimaru.weather.forecast;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ForecastProperties.class)
class ForecastConfiguration {

    /**
     * One breaker for the provider's host (ADR 0011: an outage of the provider is an outage for every household), named
     * after it. It counts the last {@code 2 × minimumCalls} calls; a request the provider refused for its own sake (a 4xx
     * for one place, {@link ForecastRejectedException}) is ignored, neither failure nor success. Its open time runs on the
     * application's Clock.
     */
    @Bean
    CircuitBreaker openMeteoCircuitBreaker(ForecastProperties props, Clock clock) {
        ForecastProperties.Breaker b = props.breaker();
        return CircuitBreaker.of("open-meteo@" + props.providerHost(), CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.minimumCalls() * 2)
                .minimumNumberOfCalls(b.minimumCalls())
                .failureRateThreshold(b.failureRatePercent())
                .waitDurationInOpenState(b.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .ignoreExceptions(ForecastRejectedException.class)
                .clock(clock)
                .currentTimestampFunction(c -> c.millis(), TimeUnit.MILLISECONDS)
                .build());
    }

    @Bean
    ForecastProvider forecastProvider(ForecastProperties props, CircuitBreaker openMeteoCircuitBreaker) {
        return new ForecastProvider(new OpenMeteoClient(props), openMeteoCircuitBreaker, props);
    }
}
