package jp.kajimaru.messaging.testapp;

import java.time.Clock;
import java.util.UUID;

import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A state change through Spring Data JPA plus its event through the JDBC outbox, in one transaction;
 * {@code failAfterPublish} rolls both back (the note is flushed first, so its INSERT has really run).
 */
@Service
public class NoteService {

    private final NoteRepository notes;
    private final OutboxWriter outbox;
    private final Clock clock;

    NoteService(NoteRepository notes, OutboxWriter outbox, Clock clock) {
        this.notes = notes;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public EventEnvelope<MemberJoined> write(UUID householdId, String text, boolean failAfterPublish) {
        Note note = notes.saveAndFlush(new Note(UUID.randomUUID(), householdId, text, clock.instant()));
        EventEnvelope<MemberJoined> envelope = outbox.publish(note.id().toString(),
                new MemberJoined(householdId, note.id(), text, null, MemberRole.MEMBER, false, "default", "#000000"));
        if (failAfterPublish) {
            throw new IllegalStateException("simulated failure after publishing");
        }
        return envelope;
    }
}
