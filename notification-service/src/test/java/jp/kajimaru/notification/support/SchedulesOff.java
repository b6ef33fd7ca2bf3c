package jp.kajimaru.notification.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The digest, reminder and delivery schedules off and SMTP at a closed port: the test runs each step itself, and
 * planned deliveries stay in their table. The tests that use it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "kajimaru.notifications.digests.enabled=false",
        "kajimaru.notifications.reminders.enabled=false",
        "kajimaru.notifications.delivery.enabled=false",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=9"})
public @interface SchedulesOff {
}
