package jp.kajimaru.messaging.bindings;

import jp.kajimaru.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.cloud.stream.config.BindingServiceProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that only publishes (no {@code spring.cloud.function.definition}) binds no consumer: Spring Cloud
 * Stream used to pick up the messaging module's DLQ resolver (a BiFunction bean) as the one function to
 * bind, as an anonymous consumer with DLQ on, which the Kafka binder refuses with an ERROR every 30 s.
 * And a consumer binding never lacks a group: by default it is the service's name.
 */
@SpringBootTest(classes = ConsumerBindingsTest.PublishOnlyService.class, properties = {
        "spring.application.name=publish-only", "spring.cloud.function.definition=", "kajimaru.outbox.relay=none"})
@RealInfrastructure
class ConsumerBindingsTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class PublishOnlyService {
    }

    @Autowired BindingService bindings;
    @Autowired BindingServiceProperties bindingProperties;

    @Test
    void aServiceWithoutConsumerFunctionsBindsNoConsumer() {
        assertThat(bindings.getConsumerBindingNames()).isEmpty();
    }

    @Test
    void aConsumerBindingWithoutItsOwnGroupGetsTheServiceName() {
        assertThat(bindingProperties.getGroup("anyEvents-in-0")).isEqualTo("publish-only");
    }
}
