package jp.kajimaru.shopping.events;

import java.util.function.Consumer;

import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.events.inventory.StockItemAdded;
import jp.kajimaru.events.inventory.StockItemRemoved;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import jp.kajimaru.shopping.item.ShoppingItemService;
import jp.kajimaru.shopping.pantry.Pantry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reacts to inventory-service: a stock item below its minimum goes on the shopping list (once, see the service), and
 * the pantry's items are remembered so list items link only to their own household's (ADR 0017).
 */
@Configuration(proxyBeanMethods = false)
class InventoryEventsConsumer {

    static final String CONSUMER = "shopping.inventory-events";

    @Bean
    Consumer<Message<byte[]>> inventoryEvents(InboxProcessor inbox, ShoppingItemService items, Pantry pantry) {
        return inbox.consumer(CONSUMER, EventHandlers.builder()
                .on(StockBelowMinimum.class, items::addFromStock)
                .on(StockItemAdded.class, e -> pantry.added(e.payload().householdId(), e.payload().stockItemId()))
                .on(StockItemRemoved.class, e -> pantry.removed(e.payload().householdId(), e.payload().stockItemId()))
                .build());
    }
}
