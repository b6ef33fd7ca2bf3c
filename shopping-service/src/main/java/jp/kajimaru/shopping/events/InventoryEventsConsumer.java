package jp.kajimaru.shopping.events;

import java.util.function.Consumer;

import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import jp.kajimaru.shopping.item.ShoppingItemService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reacts to inventory-service: a stock item below its minimum goes on the shopping list (once, see the service). */
@Configuration(proxyBeanMethods = false)
class InventoryEventsConsumer {

    static final String CONSUMER = "shopping.inventory-events";

    @Bean
    Consumer<Message<byte[]>> inventoryEvents(InboxProcessor inbox, ShoppingItemService items) {
        return inbox.consumer(CONSUMER, EventHandlers.builder()
                .on(StockBelowMinimum.class, items::addFromStock)
                .build());
    }
}
