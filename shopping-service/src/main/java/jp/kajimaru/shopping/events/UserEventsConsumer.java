package jp.kajimaru.shopping.events;

import java.util.function.Consumer;

import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import jp.kajimaru.shopping.member.MemberReplica;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reacts to user-service: who is a member, in which role, and who has left (for approvals and access). */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

    static final String CONSUMER = "shopping.user-events";

    @Bean
    Consumer<Message<byte[]>> userEvents(InboxProcessor inbox, MemberReplica members) {
        return inbox.consumer(CONSUMER, EventHandlers.builder()
                .on(MemberJoined.class, e -> members.announce(e.householdId(), e.payload().memberId(), e.payload().role().name(), e.occurredAt()))
                .on(MemberUpdated.class, e -> members.announce(e.householdId(), e.payload().memberId(), e.payload().role().name(), e.occurredAt()))
                .on(MemberRemoved.class, e -> members.remove(e.householdId(), e.payload().memberId(), e.occurredAt()))
                .build());
    }
}
