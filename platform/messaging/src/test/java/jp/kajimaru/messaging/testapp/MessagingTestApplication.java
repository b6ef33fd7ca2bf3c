package jp.kajimaru.messaging.testapp;

import java.util.function.Consumer;

import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.messaging.inbox.EventHandlers;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;

/** A tiny service for the messaging tests: writes notes with events, and applies events as effects. */
@SpringBootApplication
public class MessagingTestApplication {

    public static final String POISON = "poison";
    /** A name the handler rejects until {@link HandlerFix#fix()} (a bug fixed and deployed, for the replay tests). */
    public static final String REJECTED_UNTIL_FIXED = "rejected until fixed";

    /** A name whose handler finds the database unreachable {@link #DATABASE_AWAY_ATTEMPTS} times, then applies it. */
    public static final String DATABASE_AWAY = "database away";
    public static final int DATABASE_AWAY_ATTEMPTS = 5;

    /** How often each event's handler has been called (for the database-away case). */
    public static final class Attempts {
        private final java.util.Map<java.util.UUID, java.util.concurrent.atomic.AtomicInteger> byEvent =
                new java.util.concurrent.ConcurrentHashMap<>();

        int next(java.util.UUID eventId) {
            return byEvent.computeIfAbsent(eventId, id -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        }

        public int of(java.util.UUID eventId) {
            return byEvent.getOrDefault(eventId, new java.util.concurrent.atomic.AtomicInteger()).get();
        }
    }

    @Bean
    Attempts attempts() {
        return new Attempts();
    }

    /** Whether the handler's "bug" has been fixed. */
    public static final class HandlerFix {
        private final java.util.concurrent.atomic.AtomicBoolean fixed = new java.util.concurrent.atomic.AtomicBoolean();

        public void fix() {
            fixed.set(true);
        }

        boolean fixed() {
            return fixed.get();
        }
    }

    @Bean
    HandlerFix handlerFix() {
        return new HandlerFix();
    }

    @Bean
    FinishedSpans finishedSpans() {
        return new FinishedSpans();
    }

    /** Each applied MemberJoined leaves one row in {@code effects}; a poison name always fails. */
    @Bean
    Consumer<Message<byte[]>> testEvents(InboxProcessor inbox, JdbcTemplate jdbc, HandlerFix fix, Attempts attempts) {
        return inbox.consumer("messaging-test", EventHandlers.builder()
                .on(MemberJoined.class, e -> {
                    if (DATABASE_AWAY.equals(e.payload().displayName()) && attempts.next(e.eventId()) <= DATABASE_AWAY_ATTEMPTS) {
                        // What Hikari throws while the server is down (a restart): the connection cannot be had.
                        throw new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                                new java.sql.SQLTransientConnectionException("Connection is not available, request timed out"));
                    }
                    jdbc.update("INSERT INTO effects (event_id, text) VALUES (?, ?)", e.eventId().toString(),
                            e.payload().displayName());
                    if (REJECTED_UNTIL_FIXED.equals(e.payload().displayName()) && !fix.fixed()) {
                        throw new IllegalArgumentException("display name not accepted: " + REJECTED_UNTIL_FIXED);
                    }
                    if (POISON.equals(e.payload().displayName())) {
                        throw new IllegalStateException("this handler cannot apply " + POISON);
                    }
                })
                .build());
    }
}
