package jp.kajimaru.messaging.deadletter;

import java.time.Instant;

/**
 * One record in a {@code <topic>.dlq} topic as an operator sees it: where it sits (dead-letter topic, partition,
 * offset: together its id), the envelope headers it kept, and why the binder gave up on it.
 *
 * @param id          {@code <partition>-<offset>} in the dead-letter topic, what a replay names
 * @param replayed    whether this dead letter has already been put back on its topic (see {@link DeadLetterReplayer})
 * @param exception   the binder's {@code x-exception-message} (the handler's failure, wrapped)
 */
public record DeadLetter(String topic, String deadLetterTopic, int partition, long offset, String id,
                         String eventId, String eventType, String eventVersion, String householdId,
                         String exceptionClass, String exception, Instant deadLetteredAt, boolean replayed) {

    static String id(int partition, long offset) {
        return partition + "-" + offset;
    }
}
