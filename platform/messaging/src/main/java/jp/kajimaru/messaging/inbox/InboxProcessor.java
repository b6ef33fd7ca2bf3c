package jp.kajimaru.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.EventCatalog;
import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.EventHeaders;
import jp.kajimaru.events.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event at most once per consumer: the event id goes into the inbox table in the same
 * transaction as the handler's effect. A duplicate is acknowledged and skipped; a failing handler
 * rolls both back, so the binder's retries and dead-letter topic take over.
 *
 * <p>A database that cannot be reached is not the event's fault: that transaction is tried again here, with back-off,
 * for up to {@code retryFor} (kept short enough that the binder's three attempts stay inside Kafka's five-minute poll
 * interval), before it counts as one failed attempt. Without this, a database restart of ten seconds or more
 * dead-lettered every event being applied at that moment (issue #15, InfrastructureFaultsIT).
 */
public class InboxProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EventJson json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final RetryTemplate untilTheDatabaseAnswers;

    public InboxProcessor(JdbcTemplate jdbc, TransactionTemplate tx, EventJson json, Clock clock, MeterRegistry meters,
                          Duration retryDelay, Duration retryFor) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        this.untilTheDatabaseAnswers = new RetryTemplate(RetryPolicy.builder()
                .predicate(InboxProcessor::databaseUnreachable)
                .maxRetries(Long.MAX_VALUE)
                .timeout(retryFor)
                .delay(retryDelay)
                .multiplier(2)
                .maxDelay(retryDelay.multipliedBy(10))
                .build());
        this.untilTheDatabaseAnswers.setRetryListener(new RetryListener() {
            @Override
            public void onRetryFailure(RetryPolicy policy, Retryable<?> retryable, Throwable failure) {
                log.warn("The database cannot be reached while applying an event ({}); trying again", failure.toString());
            }
        });
    }

    /** A failure to reach the database, as opposed to a handler or data problem. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CannotCreateTransactionException || c instanceof DataAccessResourceFailureException
                    || c instanceof TransientDataAccessResourceException || c instanceof SQLTransientConnectionException
                    || c instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** A Spring Cloud Stream consumer function for these handlers. */
    public java.util.function.Consumer<Message<byte[]>> consumer(String consumerName, EventHandlers handlers) {
        return message -> process(consumerName, handlers, message);
    }

    public void process(String consumerName, EventHandlers handlers, Message<byte[]> message) {
        String type = header(message, EventHeaders.EVENT_TYPE)
                .orElseThrow(() -> new UnroutableEventException("event without an " + EventHeaders.EVENT_TYPE + " header"));
        int version = header(message, EventHeaders.EVENT_VERSION).map(InboxProcessor::parseVersion)
                .orElseThrow(() -> new UnroutableEventException(type + " without an " + EventHeaders.EVENT_VERSION + " header"));
        Optional<EventHandlers.Route> route = handlers.route(type, version);
        if (route.isEmpty()) {
            if (EventCatalog.find(type, version).isPresent()) {
                // A known event this consumer has no interest in: acknowledge and move on.
                return;
            }
            log.warn("{} received {} v{}, which no contract describes; dead-lettering it", consumerName, type, version);
            throw new UnroutableEventException("unknown event type or version: " + type + " v" + version);
        }
        EventEnvelope<DomainEvent> envelope = envelope(message, route.get(), type, version);
        // Handling time per event type (Micrometer's clock), failed attempts included: a slow handler shows either way.
        Timer.Sample handling = Timer.start(meters);
        Boolean applied;
        try {
            applied = untilTheDatabaseAnswers.invoke(() -> tx.execute(status -> {
                try {
                    jdbc.update("INSERT INTO inbox (consumer, event_id, event_type, received_at) VALUES (?, ?, ?, ?)",
                            consumerName, envelope.eventId().toString(), type, Timestamp.from(clock.instant()));
                } catch (DuplicateKeyException duplicate) {
                    return false;
                }
                route.get().handler().accept(envelope);
                return true;
            }));
        } finally {
            handling.stop(Timer.builder("kajimaru.inbox.handling").description("inbox transaction: dedup and handler")
                    .tag("consumer", consumerName).tag("type", type).publishPercentileHistogram().register(meters));
        }
        meters.counter("kajimaru.inbox.events", "consumer", consumerName, "type", type,
                "outcome", Boolean.TRUE.equals(applied) ? "applied" : "duplicate").increment();
        if (!Boolean.TRUE.equals(applied)) {
            log.debug("{} skipped duplicate {} {}", consumerName, type, envelope.eventId());
        }
    }

    private EventEnvelope<DomainEvent> envelope(Message<byte[]> message, EventHandlers.Route route, String type, int version) {
        try {
            DomainEvent payload = json.read(message.getPayload(), route.type().payloadClass());
            return new EventEnvelope<>(
                    UUID.fromString(required(message, EventHeaders.EVENT_ID)), type, version,
                    Instant.parse(required(message, EventHeaders.OCCURRED_AT)),
                    UUID.fromString(required(message, EventHeaders.HOUSEHOLD_ID)),
                    required(message, EventHeaders.AGGREGATE_TYPE), required(message, EventHeaders.AGGREGATE_ID),
                    header(message, EventHeaders.TRACEPARENT).orElse(null), payload);
        } catch (UnroutableEventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnroutableEventException("unreadable " + type + " v" + version + ": " + e.getMessage(), e);
        }
    }

    private static String required(Message<?> message, String name) {
        return header(message, name).orElseThrow(() -> new UnroutableEventException("missing header " + name));
    }

    private static Optional<String> header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(value).map(Object::toString);
    }

    private static int parseVersion(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UnroutableEventException("bad event version " + v);
        }
    }
}
