package jp.kajimaru.notification.events;

import java.util.function.Consumer;

import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.events.rotation.RosterPublished;
import jp.kajimaru.events.rotation.RosterPublishedV2;
import jp.kajimaru.events.rotation.SubstituteAccepted;
import jp.kajimaru.events.rotation.SubstituteClosed;
import jp.kajimaru.events.rotation.SubstituteRequested;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TasksReassigned;
import jp.kajimaru.events.rotation.TaskReopened;
import jp.kajimaru.events.shopping.ShoppingItemApprovalRequested;
import jp.kajimaru.events.shopping.ShoppingItemApproved;
import jp.kajimaru.events.shopping.ShoppingItemRejected;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.events.weather.WeatherRecommendationIssued;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import jp.kajimaru.notification.announce.Announcements;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** One consumer per upstream topic, one line per event type; the inbox applies each event once. */
@Configuration(proxyBeanMethods = false)
class NotificationConsumers {

    static final String USER = "notification.user-events";
    static final String ROTATION = "notification.rotation-events";
    static final String INVENTORY = "notification.inventory-events";
    static final String SHOPPING = "notification.shopping-events";
    static final String WEATHER = "notification.weather-events";

    @Bean
    Consumer<Message<byte[]>> userEvents(InboxProcessor inbox, Announcements a) {
        return inbox.consumer(USER, EventHandlers.builder()
                .on(HouseholdCreated.class, a::householdCreated)
                .on(HouseholdUpdated.class, a::householdUpdated)
                .on(MemberJoined.class, a::memberJoined)
                .on(MemberUpdated.class, a::memberUpdated)
                .on(MemberRemoved.class, a::memberRemoved)
                .build());
    }

    @Bean
    Consumer<Message<byte[]>> rotationEvents(InboxProcessor inbox, Announcements a) {
        return inbox.consumer(ROTATION, EventHandlers.builder()
                .on(TaskAssigned.class, a::taskAssigned)
                .on(TaskReassigned.class, a::taskReassigned)
                .on(TasksReassigned.class, a::tasksReassigned)
                .on(TaskCompleted.class, a::taskCompleted)
                .on(TaskReopened.class, a::taskReopened)
                .on(TaskOverdue.class, a::taskOverdue)
                .on(RosterPublished.class, a::rosterPublished)
                .on(RosterPublishedV2.class, a::rosterWithAssignments)
                .on(SubstituteRequested.class, a::substituteRequested)
                .on(SubstituteAccepted.class, a::substituteAccepted)
                .on(SubstituteClosed.class, a::substituteClosed)
                .build());
    }

    @Bean
    Consumer<Message<byte[]>> inventoryEvents(InboxProcessor inbox, Announcements a) {
        return inbox.consumer(INVENTORY, EventHandlers.builder()
                .on(StockBelowMinimum.class, a::stockBelowMinimum)
                .on(MaintenanceDue.class, a::maintenanceDue)
                .build());
    }

    @Bean
    Consumer<Message<byte[]>> shoppingEvents(InboxProcessor inbox, Announcements a) {
        return inbox.consumer(SHOPPING, EventHandlers.builder()
                .on(ShoppingItemApprovalRequested.class, a::approvalRequested)
                .on(ShoppingItemApproved.class, a::approved)
                .on(ShoppingItemRejected.class, a::rejected)
                .build());
    }

    @Bean
    Consumer<Message<byte[]>> weatherEvents(InboxProcessor inbox, Announcements a) {
        return inbox.consumer(WEATHER, EventHandlers.builder()
                .on(WeatherRecommendationIssued.class, a::weather)
                .build());
    }
}
