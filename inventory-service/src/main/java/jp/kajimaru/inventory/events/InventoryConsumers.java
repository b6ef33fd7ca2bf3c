package jp.kajimaru.inventory.events;

import java.util.UUID;
import java.util.function.Consumer;

import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.shopping.ShoppingItemPurchased;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.inventory.equipment.MaintenanceService;
import jp.kajimaru.inventory.household.HouseholdZones;
import jp.kajimaru.inventory.household.MemberReplica;
import jp.kajimaru.inventory.stock.StockService;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** One consumer per upstream topic, one line per event type; the inbox makes a redelivery change nothing. */
@Configuration(proxyBeanMethods = false)
class InventoryConsumers {

    static final String SHOPPING = "inventory.shopping-events";
    static final String ROTATION = "inventory.rotation-events";
    static final String USER = "inventory.user-events";

    /** A bought item linked to a stock item restocks it by the bought quantity. */
    @Bean
    Consumer<Message<byte[]>> shoppingEvents(InboxProcessor inbox, StockService stock) {
        return inbox.consumer(SHOPPING, EventHandlers.builder()
                .on(ShoppingItemPurchased.class, e -> stock.restockFromPurchase(e.payload()))
                .build());
    }

    /** A completed chore that mirrors a maintenance task ({@code externalRef} = its id) records it as done. */
    @Bean
    Consumer<Message<byte[]>> rotationEvents(InboxProcessor inbox, MaintenanceService maintenance) {
        return inbox.consumer(ROTATION, EventHandlers.builder()
                .on(TaskCompleted.class, e -> maintenanceTaskId(e.payload().externalRef()).ifPresent(id ->
                        maintenance.completeFromChore(e.payload().householdId(), id, e.payload().completedByMemberId(),
                                e.payload().completedAt())))
                .build());
    }

    /**
     * The household's time zone decides which day it is for consumption periods, ages and due dates; members' roles
     * decide who may set up and delete.
     */
    @Bean
    Consumer<Message<byte[]>> userEvents(InboxProcessor inbox, HouseholdZones zones, MemberReplica members) {
        return inbox.consumer(USER, EventHandlers.builder()
                .on(HouseholdCreated.class, e -> zones.announce(e.payload().householdId(), e.payload().timeZone(), e.occurredAt()))
                .on(HouseholdUpdated.class, e -> zones.announce(e.payload().householdId(), e.payload().timeZone(), e.occurredAt()))
                .on(MemberJoined.class, e -> members.upsert(e.payload().householdId(), e.payload().memberId(),
                        roleOf(e.payload().role()), e.occurredAt()))
                .on(MemberUpdated.class, e -> members.upsert(e.payload().householdId(), e.payload().memberId(),
                        roleOf(e.payload().role()), e.occurredAt()))
                .on(MemberRemoved.class, e -> members.remove(e.payload().householdId(), e.payload().memberId(), e.occurredAt()))
                .build());
    }

    private static String roleOf(jp.kajimaru.events.user.MemberRole role) {
        return role == null ? null : role.name();
    }

    /** Chores of other origins carry no reference, or one that is not a maintenance task id. */
    static java.util.Optional<UUID> maintenanceTaskId(String externalRef) {
        if (externalRef == null || externalRef.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(UUID.fromString(externalRef.strip()));
        } catch (IllegalArgumentException notOurs) {
            return java.util.Optional.empty();
        }
    }
}
