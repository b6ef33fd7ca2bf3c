package jp.kajimaru.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import jp.kajimaru.notification.household.Directory;
import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.inbox.Notification;
import jp.kajimaru.notification.inbox.NotificationCreated;
import jp.kajimaru.notification.inbox.Notifier;
import jp.kajimaru.notification.message.Channel;
import jp.kajimaru.notification.preference.PreferenceService;
import jp.kajimaru.web.security.CurrentMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans a message's deliveries on the other channels in the transaction that wrote it (one row per channel × target,
 * unique), and sends due ones one per transaction, so one channel failing never holds up another.
 */
@Service
public class DeliveryService {

    private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);

    private final DeliveryRepository deliveries;
    private final Map<Channel, ChannelSender> senders;
    private final PreferenceService preferences;
    private final Directory directory;
    private final Notifier notifier;
    private final TransactionTemplate tx;
    /** A transaction of its own, also from an after-commit callback of another one. */
    private final TransactionTemplate fresh;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final int maxAttempts;

    DeliveryService(DeliveryRepository deliveries, List<ChannelSender> senders, PreferenceService preferences,
                    Directory directory, Notifier notifier, TransactionTemplate tx, Clock clock,
                    MeterRegistry meters, ApplicationEventPublisher events,
                    @Value("${kajimaru.notifications.delivery.backoff:PT30S}") Duration backoff,
                    @Value("${kajimaru.notifications.delivery.max-backoff:PT1H}") Duration maxBackoff,
                    @Value("${kajimaru.notifications.delivery.max-attempts:6}") int maxAttempts) {
        this.deliveries = deliveries;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.preferences = preferences;
        this.directory = directory;
        this.notifier = notifier;
        this.tx = tx;
        this.fresh = new TransactionTemplate(tx.getTransactionManager());
        this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.meters = meters;
        this.events = events;
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
        this.maxAttempts = maxAttempts;
    }

    /** In the writing transaction: each channel says where the message goes; one delivery per channel and target. */
    @EventListener
    void plan(NotificationCreated created) {
        boolean dueNowOnScheduledChannel = false;
        ChannelSender.Planned planned = new ChannelSender.Planned(created,
                preferences.of(created.householdId(), created.memberId()), clock.instant());
        for (ChannelSender sender : senders.values()) {
            if (!sender.enabled()) {
                continue;
            }
            // A new message has no deliveries yet: each is inserted without a look first (the unique key still
            // holds), and a target a channel names twice is planned once.
            Set<String> targets = new HashSet<>();
            for (ChannelSender.Target t : sender.plan(planned)) {
                if (!targets.add(t.target())) {
                    continue;
                }
                deliveries.save(new Delivery(created.householdId(), created.notificationId(), created.memberId(), sender.channel(),
                        t.target(), created.kind(), planned.now(), t.notBefore()));
                dueNowOnScheduledChannel |= !sender.immediate() && !t.notBefore().isAfter(planned.now());
            }
        }
        attemptAfterCommit(created.notificationId(), dueNowOnScheduledChannel);
    }

    /**
     * Once the messages of a transaction are committed, their deliveries on immediate channels (the inbox) are
     * attempted at once on this thread, in one transaction per channel (a roster writes dozens of messages: one
     * transaction for all of them, not one each); a delivery that fails there is recorded and left to the delivery
     * schedule's retries, and should the whole attempt fail, the schedule takes every one of them. Deliveries due now
     * on the other channels (e-mail, webhooks: slow, so not on this thread) wake the delivery schedule.
     */
    private void attemptAfterCommit(UUID notificationId, boolean wakeSchedule) {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof ImmediateDeliveries pending) {
                pending.ids.add(notificationId.toString());
                pending.wakeSchedule |= wakeSchedule;
                return;
            }
        }
        ImmediateDeliveries pending = new ImmediateDeliveries();
        pending.ids.add(notificationId.toString());
        pending.wakeSchedule = wakeSchedule;
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    /** The messages one transaction wrote, attempted on the immediate channels after its commit. */
    private final class ImmediateDeliveries implements TransactionSynchronization {

        private final List<String> ids = new ArrayList<>();
        private boolean wakeSchedule;

        @Override
        public void afterCommit() {
            if (wakeSchedule) {
                events.publishEvent(new DeliveriesDue());
            }
            for (ChannelSender sender : senders.values()) {
                if (!sender.immediate() || !sender.enabled()) {
                    continue;
                }
                try {
                    fresh.execute(s -> {
                        deliveries.claimDueOf(ids, sender.channel().name(), clock.instant()).forEach(DeliveryService.this::attempt);
                        return null;
                    });
                } catch (RuntimeException e) {
                    log.info("immediate {} delivery of {} messages failed, the schedule retries them: {}", sender.channel(),
                            ids.size(), e.toString());
                }
            }
        }
    }

    /**
     * Sends due deliveries until none is left or {@code limit} were tried, each in its own transaction.
     *
     * @return how many were attempted
     */
    public int sendDue(int limit) {
        int tried = 0;
        while (tried < limit) {
            Boolean attempted = tx.execute(s -> attemptOne());
            if (!Boolean.TRUE.equals(attempted)) {
                break;
            }
            tried++;
        }
        return tried;
    }

    private boolean attemptOne() {
        Instant now = clock.instant();
        List<Delivery> claimed = deliveries.claimOne(now);
        if (claimed.isEmpty()) {
            return false;
        }
        attempt(claimed.get(0));
        return true;
    }

    /** One attempt of a claimed delivery (the caller's transaction holds its row). */
    private void attempt(Delivery d) {
        Optional<Notification> message = notifier.find(d.householdId(), d.notificationId());
        ChannelSender sender = senders.get(d.channel());
        if (message.isEmpty() || sender == null || !sender.enabled()) {
            d.gaveUp(message.isEmpty() ? "message gone" : "channel not available");
            return;
        }
        Member recipient = directory.member(d.householdId(), d.memberId()).orElse(null);
        try {
            sender.send(d, message.get(), recipient);
            d.sent(clock.instant());
            meters.counter("kajimaru.notifications.sent", "channel", d.channel().name()).increment();
        } catch (WebhookSender.GoneException e) {
            d.gaveUp(e.getMessage());
        } catch (RuntimeException e) {
            d.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant(), backoff, maxBackoff,
                    maxAttempts);
            meters.counter("kajimaru.notifications.failed", "channel", d.channel().name()).increment();
            log.info("{} delivery {} failed (attempt {}): {}", d.channel(), d.id(), d.attempts(), e.getMessage());
        }
    }

    /** The household's delivery log, newest first (admins). */
    @Transactional(readOnly = true)
    public List<DeliveryView> log(CurrentMember caller, int size) {
        caller.requireAdmin();
        return deliveries.findByHouseholdIdOrderByCreatedAtDesc(caller.householdId(), PageRequest.of(0, size)).stream()
                .map(DeliveryView::of).toList();
    }

    /** A delivery as the admin log shows it. */
    public record DeliveryView(UUID id, UUID notificationId, UUID memberId, String channel, String target, String kind,
                               String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                               Instant sentAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id(), d.notificationId(), d.memberId(), d.channel().name(), d.target(), d.kind().name(),
                    d.status().name(), d.attempts(), d.status() == Delivery.Status.PENDING ? d.nextAttemptAt() : null,
                    d.lastError(), d.createdAt(), d.sentAt());
        }
    }
}
