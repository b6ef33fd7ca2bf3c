package jp.kajimaru.messaging.relay;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes outbox rows published longer ago than the retention, and inbox rows older than theirs
 * (a redelivery after that long is not expected). Deletes in small batches to keep locks short.
 */
public class OutboxPurger {

    private static final Logger log = LoggerFactory.getLogger(OutboxPurger.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration outboxRetention;
    private final Duration inboxRetention;

    public OutboxPurger(JdbcTemplate jdbc, Clock clock, Duration outboxRetention, Duration inboxRetention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
    }

    public int purge() {
        Timestamp outboxCutoff = Timestamp.from(clock.instant().minus(outboxRetention));
        Timestamp inboxCutoff = Timestamp.from(clock.instant().minus(inboxRetention));
        int total = 0;
        int n;
        do {
            n = jdbc.update("DELETE FROM outbox WHERE published_at IS NOT NULL AND published_at < ? LIMIT " + BATCH, outboxCutoff);
            total += n;
        } while (n == BATCH);
        do {
            n = jdbc.update("DELETE FROM inbox WHERE received_at < ? LIMIT " + BATCH, inboxCutoff);
            total += n;
        } while (n == BATCH);
        if (total > 0) {
            log.info("Purged {} old outbox/inbox rows", total);
        }
        return total;
    }
}
