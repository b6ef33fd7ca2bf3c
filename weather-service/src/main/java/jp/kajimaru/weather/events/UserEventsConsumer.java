package jp.kajimaru.weather.events;

import java.util.function.Consumer;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import jp.kajimaru.weather.household.HouseholdService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Keeps the household replica (location, zone, language) from user-service's events. */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

    static final String CONSUMER = "weather.user-events";

    @Bean
    Consumer<Message<byte[]>> userEvents(InboxProcessor inbox, HouseholdService households) {
        return inbox.consumer(CONSUMER, EventHandlers.builder()
                .on(HouseholdCreated.class, e -> households.created(e.payload(), e.occurredAt()))
                .on(HouseholdUpdated.class, e -> households.updated(e.payload(), e.occurredAt()))
                .build());
    }
}
