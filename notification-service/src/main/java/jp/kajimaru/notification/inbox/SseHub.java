package jp.kajimaru.notification.inbox;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams of this replica. Each stream remembers the last message it showed ({@code seq});
 * whatever is newer is read from the database and sent, so a message written by another replica, or while the
 * browser was reconnecting ({@code Last-Event-ID}), is never missed. New messages of this replica are pushed as soon
 * as their transaction commits; a sweep picks up the rest and sends heartbeats that keep proxies from closing idle
 * streams.
 */
@Component
public class SseHub {

    private static final Logger log = LoggerFactory.getLogger(SseHub.class);

    private final InboxService inbox;
    private final Duration timeout;
    private final Map<UUID, Set<Stream>> byMember = new ConcurrentHashMap<>();
    private final Executor pusher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sse-push");
        t.setDaemon(true);
        return t;
    });

    SseHub(InboxService inbox, @Value("${kajimaru.notifications.sse-timeout:PT30M}") Duration timeout, MeterRegistry meters) {
        this.inbox = inbox;
        this.timeout = timeout;
        Gauge.builder("kajimaru.notifications.sse.connections", byMember, m -> m.values().stream().mapToInt(Set::size).sum())
                .description("open notification streams").register(meters);
    }

    private final class Stream {
        final UUID householdId;
        final UUID memberId;
        final SseEmitter emitter;
        long lastSeq;
        volatile boolean open = true;

        Stream(UUID householdId, UUID memberId, SseEmitter emitter, long lastSeq) {
            this.householdId = householdId;
            this.memberId = memberId;
            this.emitter = emitter;
            this.lastSeq = lastSeq;
        }

        /** Sends what is newer than the last message shown, with the unread count as it is now. */
        synchronized void catchUp() {
            if (!open) {
                return;
            }
            List<NotificationView> news = inbox.after(householdId, memberId, lastSeq);
            if (news.isEmpty()) {
                return;
            }
            long unread = inbox.unreadCount(householdId, memberId);
            try {
                for (NotificationView n : news) {
                    emitter.send(SseEmitter.event().id(Long.toString(n.seq())).name("notification")
                            .data(new StreamMessage(n, unread), MediaType.APPLICATION_JSON));
                    lastSeq = n.seq();
                }
            } catch (IOException | IllegalStateException e) {
                close();
            }
        }

        synchronized void heartbeat() {
            if (!open) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | IllegalStateException e) {
                close();
            }
        }

        void close() {
            open = false;
            Set<Stream> set = byMember.get(memberId);
            if (set != null) {
                set.remove(this);
            }
        }
    }

    /** What the browser gets for each new message: the message and the unread count after it. */
    public record StreamMessage(NotificationView notification, long unreadCount) {
    }

    /**
     * Opens a stream for a member. Without {@code lastEventId} it starts after the newest message (the page loads the
     * inbox itself); with it, everything after that id is replayed first.
     */
    public SseEmitter open(UUID householdId, UUID memberId, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        long start = lastEventId != null ? lastEventId : inbox.lastSeq(householdId, memberId);
        Stream stream = new Stream(householdId, memberId, emitter, start);
        emitter.onCompletion(stream::close);
        emitter.onTimeout(stream::close);
        emitter.onError(e -> stream.close());
        byMember.computeIfAbsent(memberId, k -> new CopyOnWriteArraySet<>()).add(stream);
        try {
            // Tells the browser the stream is up and how long to wait before reconnecting.
            emitter.send(SseEmitter.event().name("ready").reconnectTime(3000)
                    .data(Map.of("unreadCount", inbox.unreadCount(householdId, memberId)), MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            stream.close();
            return emitter;
        }
        pusher.execute(stream::catchUp);
        return emitter;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void listed(NotificationListed listed) {
        Set<Stream> streams = byMember.get(listed.memberId());
        if (streams != null && !streams.isEmpty()) {
            pusher.execute(() -> streams.forEach(Stream::catchUp));
        }
    }

    /** Messages another replica wrote reach this replica's streams within a sweep. */
    @Scheduled(fixedDelayString = "${kajimaru.notifications.sse-sweep:PT2S}")
    void sweep() {
        forEachStream(Stream::catchUp);
    }

    @Scheduled(fixedDelayString = "${kajimaru.notifications.sse-heartbeat:PT15S}")
    void heartbeats() {
        forEachStream(Stream::heartbeat);
    }

    private void forEachStream(java.util.function.Consumer<Stream> action) {
        byMember.values().forEach(set -> set.forEach(s -> {
            try {
                action.accept(s);
            } catch (RuntimeException e) {
                log.warn("notification stream of member {} failed: {}", s.memberId, e.toString());
                s.close();
            }
        }));
    }

    @PreDestroy
    void closeAll() {
        byMember.values().forEach(set -> set.forEach(s -> {
            s.open = false;
            s.emitter.complete();
        }));
        byMember.clear();
    }

    int openStreams() {
        return byMember.values().stream().mapToInt(Set::size).sum();
    }
}
