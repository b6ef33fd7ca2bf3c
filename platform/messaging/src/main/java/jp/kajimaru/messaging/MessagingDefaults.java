package jp.kajimaru.messaging;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service shares, at the lowest precedence so a service's own configuration wins:
 * the outbox/inbox migrations, UTC in the database, one trace across Kafka, consumer retries, readiness that covers the
 * database and the broker.
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> d = new HashMap<>();
        d.put("spring.flyway.locations", "classpath:db/migration,classpath:db/messaging");
        // DATETIME columns hold UTC wall time whatever the JVM's zone (the relay reads them back as UTC); both the
        // MariaDB and the MySQL driver understand these two.
        d.put("spring.datasource.hikari.data-source-properties.connectionTimeZone", "UTC");
        d.put("spring.datasource.hikari.data-source-properties.preserveInstants", "true");
        // While the database is down (a restart) a request waits at most 5 s for a connection, then gets a 503
        // (ProblemDetailsAdvice), instead of Hikari's 30 s, which is also the gateway's response timeout.
        d.put("spring.datasource.hikari.connection-timeout", "5000");
        // Tomcat's own default, named because the gateway's pool drops idle connections after 20 s, well before this.
        d.put("server.tomcat.keep-alive-timeout", "60s");
        // Spring Data JPA (ADR 0007): Flyway owns the schema and Hibernate only checks its mappings against it; no
        // session held open across a web request; the dialect is named, so start-up asks the database nothing;
        // instants stored as UTC wall time, like the outbox.
        d.put("spring.jpa.open-in-view", "false");
        d.put("spring.jpa.hibernate.ddl-auto", "validate");
        d.put("spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect");
        d.put("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
        d.put("spring.jpa.properties.hibernate.jdbc.time_zone", "UTC");
        // Rows written together (a roster's tasks and reminders) go to the server in batches, not one round trip each.
        d.put("spring.jpa.properties.hibernate.jdbc.batch_size", "50");
        d.put("spring.jpa.properties.hibernate.order_inserts", "true");
        d.put("spring.jpa.properties.hibernate.order_updates", "true");
        // LocalDate/LocalTime go to the driver as they are: converted through java.sql.Date in a JVM east of UTC, with
        // the UTC connection zone, a date moved a day back (rotation's unique occurrence key caught it).
        d.put("spring.jpa.properties.hibernate.type.java_time_use_direct_jdbc", "true");
        // Ids are CHAR(36) columns, readable in SQL and the same in MariaDB and MySQL (not MariaDB's native UUID).
        d.put("spring.jpa.properties.hibernate.type.preferred_uuid_jdbc_type", "CHAR");
        d.put("spring.data.jpa.repositories.bootstrap-mode", "deferred");
        d.put("spring.cloud.stream.kafka.binder.enable-observation", "true");
        // Bind only the functions a service names in spring.cloud.function.definition: auto-detection took the
        // DlqDestinationResolver bean (a BiFunction) for a consumer in services without one, an anonymous
        // binding with DLQ on that the binder refused with an ERROR every 30 s.
        d.put("spring.cloud.stream.function.autodetect", "false");
        // A consumer without its own group still gets one (the service's), so it never binds anonymously.
        d.put("spring.cloud.stream.default.group", "${spring.application.name:kajimaru}");
        d.put("spring.cloud.stream.kafka.binder.auto-add-partitions", "false");
        // Three listener threads per consumed topic, one per partition (a topic the binder creates gets three): one
        // household's slow plan no longer holds up every other household's events, and a household's events stay
        // in order because its key always lands on the same partition, which one thread reads. A topic that already
        // has fewer partitions keeps them (adding partitions would move keys mid-stream) and gets one thread per partition.
        d.put("spring.cloud.stream.default.consumer.concurrency", "${kajimaru.consumer.concurrency:3}");
        // Consumers take the event's bytes as they are (Message<byte[]>; InboxProcessor reads the envelope): with the
        // default application/json, Spring Cloud Function first tried to read each JSON object as a byte[] and
        // threw twice per message before falling back (JFR of rotation-service under load: ~1 500 exceptions a minute).
        d.put("spring.cloud.stream.default.content-type", "application/octet-stream");
        // Kafka's own fetch.max.wait.ms (500 ms) stays here: 5 s cut the idle stack's CPU by a third (consumers and
        // broker), but a consumer waiting in a fetch joins a rebalance only when the fetch returns, so every group change
        // (a replica or test context starting or stopping) took up to 5 s longer and the module tests ~18 min instead
        // of ~10. ./kajimaru up sets 2 s (the launcher's ServiceCommandLine; bench/results/idle-cpu.md).
        d.put("spring.cloud.stream.default.consumer.max-attempts", "3");
        d.put("spring.cloud.stream.default.consumer.back-off-initial-interval", "200");
        d.put("spring.cloud.stream.default.consumer.back-off-max-interval", "2000");
        d.put("spring.cloud.stream.default.consumer.default-retryable", "true");
        d.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
        // The problem+json error controller is no API of ours.
        d.put("springdoc.paths-to-exclude", "/error");
        // No span per security filter, authentication and authorization on every request: no dashboard or alert uses
        // them, and observations were ~16 % of rotation-service's request CPU under load (JFR, issue #14), these the
        // most numerous; the request's own span and its trace id stay.
        d.put("management.observations.enable.spring.security", "false");
        d.put("management.tracing.sampling.probability", "1.0");
        d.put("management.tracing.export.zipkin.enabled", "false");
        // Exemplars only on counters and histogram buckets: Prometheus before 2.43 (Debian 12's, the one
        // `./kajimaru up --ops` starts) drops a whole scrape with one on a timer's _count (ExposedMetricsIT).
        d.put("management.prometheus.metrics.export.properties[io.prometheus.exporter.exemplarsOnAllMetricTypes]", "false");
        d.put("management.endpoint.health.probes.enabled", "true");
        d.put("management.endpoint.health.group.readiness.include", "readinessState,db,kafka");
        // deadletters: the operators' list and replay of dead letters (DeadLettersEndpoint); only from the service's
        // own host, and the gateway routes no /actuator path.
        d.put("management.endpoints.web.exposure.include", "health,info,metrics,prometheus,deadletters");
        // Spring Security warns at every start that a request matcher skips its chain; that one is DeadLettersAccess, on
        // purpose (operators on the host, no user to authenticate), so the warning would only teach people to ignore WARNs.
        d.put("logging.level.org.springframework.security.config.annotation.web.builders.WebSecurity", "ERROR");
        // A dead letter is expected and handled: DeadLetterLog logs it as one operator WARN and every other failure on the
        // errorChannel as an ERROR, so Spring Integration's default error logger (an ERROR with a stack trace for each
        // dead letter) is off (ADR 0012).
        d.put("logging.level.org.springframework.integration.handler.LoggingHandler", "OFF");
        d.put("logging.level.org.apache.kafka", "WARN");
        d.put("logging.level.kafka", "WARN");
        d.put("logging.level.state.change.logger", "WARN");
        d.put("logging.level.io.debezium", "WARN");
        environment.getPropertySources().addLast(new MapPropertySource("kajimaru-messaging-defaults", d));
    }
}
