package jp.kajimaru.rotation.events;

import java.util.function.Consumer;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import jp.kajimaru.rotation.roster.HouseholdChanges;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reacts to user-service: each event goes to {@link HouseholdChanges}; the inbox applies it once. */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

    static final String CONSUMER = "rotation.user-events";

    @Bean
    Consumer<Message<byte[]>> userEvents(InboxProcessor inbox, HouseholdChanges changes) {
        EventHandlers handlers = EventHandlers.builder()
                .on(HouseholdCreated.class, e -> changes.created(e.payload(), e.occurredAt()))
                .on(HouseholdUpdated.class, e -> changes.updated(e.payload(), e.occurredAt()))
                .on(MemberJoined.class, e -> changes.memberJoined(e.payload(), e.occurredAt()))
                .on(MemberUpdated.class, e -> changes.memberUpdated(e.payload(), e.occurredAt()))
                .on(MemberRemoved.class, e -> changes.memberRemoved(e.payload(), e.occurredAt()))
                .on(MemberBusyChanged.class, e -> changes.memberBusyChanged(e.payload()))
                .build();
        return inbox.consumer(CONSUMER, handlers);
    }
}
