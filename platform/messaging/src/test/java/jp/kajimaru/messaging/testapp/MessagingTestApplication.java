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
    Consumer<Message<byte[]>> testEvents(InboxProcessor inbox, JdbcTemplate jdbc, HandlerFix fix) {
        return inbox.consumer("messaging-test", EventHandlers.builder()
                .on(MemberJoined.class, e -> {
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
