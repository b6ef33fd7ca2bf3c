package jp.kajimaru.rotation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import jp.kajimaru.rotation.chore.ChoreRepository;
import jp.kajimaru.rotation.chore.DefaultChores;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.roster.RosterGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reacts to user-service: keeps the household/member replica and gives new households their chores. */
@Configuration(proxyBeanMethods = false)
class UserEventsConsumer {

    static final String CONSUMER = "rotation.user-events";

    @Bean
    Consumer<Message<byte[]>> userEvents(InboxProcessor inbox, HouseholdReplica replica, ChoreRepository chores,
                                         RosterGenerator roster) {
        EventHandlers handlers = EventHandlers.builder()
                .on(HouseholdCreated.class, e -> {
                    HouseholdCreated h = e.payload();
                    replica.upsertHousehold(h.householdId(), h.timeZone(), h.locale(), h.rotationUnit().name(), e.occurredAt());
                    Instant now = e.occurredAt();
                    LocalDate startsOn = now.atZone(ZoneId.of(h.timeZone())).toLocalDate();
                    DefaultChores.forHousehold(h.householdId(), h.locale(), startsOn)
                            .forEach(d -> chores.insertDefault(d.key(), d.position(), d.chore(), now));
                    // A new family sees its roster at once.
                    roster.ensureCurrent(h.householdId());
                })
                .on(HouseholdUpdated.class, e -> {
                    HouseholdUpdated h = e.payload();
                    replica.upsertHousehold(h.householdId(), h.timeZone(), h.locale(), h.rotationUnit().name(), e.occurredAt());
                    // A new unit or zone has its own current period.
                    roster.ensureCurrent(h.householdId());
                })
                .on(MemberJoined.class, e -> {
                    replica.upsertMember(e.payload().memberId(), e.payload().householdId(), e.payload().displayName(),
                            e.payload().role(), e.occurredAt());
                    // A new member takes a fair part of what is still open from today on.
                    roster.ensureCurrent(e.payload().householdId());
                    roster.replanFuture(e.payload().householdId(), null, ReassignReason.REGENERATED);
                })
                .on(MemberUpdated.class, e -> {
                    replica.upsertMember(e.payload().memberId(), e.payload().householdId(), e.payload().displayName(),
                            e.payload().role(), e.occurredAt());
                    // A new role may rule the member out of chores they hold.
                    roster.ensureCurrent(e.payload().householdId());
                })
                .on(MemberRemoved.class, e -> {
                    replica.deactivateMember(e.payload().memberId(), e.payload().householdId(), e.occurredAt());
                    roster.replanFuture(e.payload().householdId(), e.payload().memberId(), ReassignReason.MEMBER_REMOVED);
                })
                .on(MemberBusyChanged.class, e -> {
                    MemberBusyChanged b = e.payload();
                    replica.setBusy(b.householdId(), b.memberId(), b.busy() ? b.from() : null, b.busy() ? b.until() : null);
                    if (b.busy()) {
                        // Only the days the busy span covers move; the rest of the member's week stays.
                        roster.replanFuture(b.householdId(), b.memberId(), ReassignReason.BUSY, (day, zone) ->
                                !day.isBefore(b.from().atZone(zone).toLocalDate())
                                        && (b.until() == null || day.isBefore(b.until().atZone(zone).toLocalDate())
                                        || day.equals(b.until().minusNanos(1).atZone(zone).toLocalDate())));
                    }
                })
                .build();
        return inbox.consumer(CONSUMER, handlers);
    }
}
