package jp.kajimaru.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Gives a Spring test class its own fresh schema on the shared test database server and points it at
 * the JVM's shared Kafka broker ({@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers}), and makes
 * {@link TestClock} the application's {@code Clock} (reset to its default before the class runs).
 * The context is closed after its class: every context joins its service's consumer group on the shared broker,
 * and one left running would take partitions — and so the next class's events — into its own schema.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TestClockReset.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface RealInfrastructure {
}
