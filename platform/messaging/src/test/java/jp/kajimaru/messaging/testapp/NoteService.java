package jp.kajimaru.messaging.testapp;

import java.util.UUID;

import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A state change plus its event, in one transaction; {@code failAfterPublish} rolls both back. */
@Service
public class NoteService {

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;

    NoteService(JdbcTemplate jdbc, OutboxWriter outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public EventEnvelope<MemberJoined> write(UUID householdId, String text, boolean failAfterPublish) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO notes (id, household_id, text) VALUES (?, ?, ?)", id.toString(), householdId.toString(), text);
        EventEnvelope<MemberJoined> envelope = outbox.publish(id.toString(),
                new MemberJoined(householdId, id, text, null, MemberRole.MEMBER, false, "default", "#000000"));
        if (failAfterPublish) {
            throw new IllegalStateException("simulated failure after publishing");
        }
        return envelope;
    }
}
