package jp.kajimaru.rotation.events;

import java.util.function.Consumer;

import jp.kajimaru.events.inventory.MaintenanceDone;
import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import jp.kajimaru.rotation.roster.MaintenanceTasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reacts to inventory-service's maintenance cycles through {@link MaintenanceTasks}; the inbox applies each once. */
@Configuration(proxyBeanMethods = false)
class InventoryEventsConsumer {

    static final String CONSUMER = "rotation.inventory-events";

    @Bean
    Consumer<Message<byte[]>> inventoryEvents(InboxProcessor inbox, MaintenanceTasks maintenance) {
        return inbox.consumer(CONSUMER, EventHandlers.builder()
                .on(MaintenanceDue.class, e -> maintenance.due(e.payload()))
                .on(MaintenanceDone.class, e -> maintenance.done(e.payload()))
                .build());
    }
}
