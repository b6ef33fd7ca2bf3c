package jp.kajimaru.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The gateway never reuses a connection a service is about to close for being idle (Tomcat's 60 s keep-alive). */
class BackendConnectionPoolTest {

    private static final Duration SERVICES_KEEP_ALIVE = Duration.ofSeconds(60);

    @Test
    void idleConnectionsAreDroppedWellBeforeTheServicesCloseThem() throws Exception {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("gateway", new ClassPathResource("application.yml"));
        HttpClientProperties httpClient = new Binder(ConfigurationPropertySources.from(yaml))
                .bind("spring.cloud.gateway.server.webflux.httpclient", HttpClientProperties.class).get();

        assertThat(httpClient.getPool().getMaxIdleTime()).isNotNull()
                .isLessThanOrEqualTo(SERVICES_KEEP_ALIVE.dividedBy(2));
    }
}
