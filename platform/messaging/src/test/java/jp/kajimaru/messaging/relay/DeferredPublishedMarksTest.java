package jp.kajimaru.messaging.relay;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.messaging.testapp.NoteService;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Debezium relay's deferred {@code published_at} marks against real MariaDB: each row gets the time its batch was
 * acknowledged, many marks go out in one flush, and marks that could not be written (no connection) are kept until
 * one can. No relay runs ({@code kajimaru.outbox.relay=none}), so only these marks touch the rows. Where the test
 * flushes itself the flusher's own interval is an hour; the last two tests leave it to the flusher.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "kajimaru.outbox.relay=none")
@RealInfrastructure
class DeferredPublishedMarksTest {

    private static final Timestamp FIRST = Timestamp.from(Instant.parse("2026-12-01T08:00:00.123456Z"));
    private static final Timestamp SECOND = Timestamp.from(Instant.parse("2026-12-01T08:00:01.654321Z"));

    @Autowired NoteService notes;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void eachRowGetsItsOwnAcknowledgementTimeInOneFlush() {
        List<OutboxRecord> first = written(3);
        List<OutboxRecord> second = written(2);
        try (DeferredPublishedMarks marks = new DeferredPublishedMarks(jdbc, Duration.ofHours(1))) {
            marks.mark(first, FIRST);
            marks.mark(second, SECOND);
            assertThat(unpublished(first)).isEqualTo(3);
            assertThat(marks.waiting()).isEqualTo(5);

            marks.flush();

            assertThat(marks.waiting()).isZero();
            first.forEach(r -> assertThat(publishedAt(r)).isEqualTo(FIRST));
            second.forEach(r -> assertThat(publishedAt(r)).isEqualTo(SECOND));
        }
    }

    @Test
    void marksThatCannotBeWrittenAreKeptUntilTheDatabaseAnswers() {
        Switchable db = new Switchable(dataSource);
        List<OutboxRecord> records = written(4);
        try (DeferredPublishedMarks marks = new DeferredPublishedMarks(new JdbcTemplate(db), Duration.ofHours(1))) {
            marks.mark(records, FIRST);
            db.down = true;
            marks.flush();
            assertThat(marks.waiting()).isEqualTo(4);
            assertThat(unpublished(records)).isEqualTo(4);

            db.down = false;
            marks.flush();
            assertThat(marks.waiting()).isZero();
            assertThat(unpublished(records)).isZero();
        }
    }

    @Test
    void closingWritesWhatIsLeft() {
        List<OutboxRecord> records = written(2);
        DeferredPublishedMarks marks = new DeferredPublishedMarks(jdbc, Duration.ofHours(1));
        marks.mark(records, SECOND);

        marks.close();

        assertThat(unpublished(records)).isZero();
    }

    @Test
    void aMarkIsWrittenByTheFlusherWithoutAnyoneAsking() {
        List<OutboxRecord> records = written(2);
        try (DeferredPublishedMarks marks = new DeferredPublishedMarks(jdbc, Duration.ofMillis(50))) {
            marks.mark(records, FIRST);

            await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(records) == 0);
            assertThat(marks.waiting()).isZero();
        }
    }

    @Test
    void theFlusherTriesAgainOnItsOwnUntilTheDatabaseAnswers() {
        Switchable db = new Switchable(dataSource);
        db.down = true;
        List<OutboxRecord> records = written(3);
        try (DeferredPublishedMarks marks = new DeferredPublishedMarks(new JdbcTemplate(db), Duration.ofMillis(50))) {
            marks.mark(records, FIRST);
            // Two refused attempts: the one the mark scheduled and at least one the failure scheduled.
            await().atMost(Duration.ofSeconds(10)).until(() -> db.refused.get() >= 2);
            assertThat(unpublished(records)).isEqualTo(3);

            db.down = false;

            await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(records) == 0);
            assertThat(marks.waiting()).isZero();
        }
    }

    private List<OutboxRecord> written(int n) {
        UUID household = UUID.randomUUID();
        List<OutboxRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = notes.write(household, "mark-" + i, false).eventId().toString();
            records.add(new OutboxRecord(0, id, "t", "MemberJoined", 1, household.toString(), "member", id, Instant.EPOCH,
                    null, "{}"));
        }
        return records;
    }

    private int unpublished(List<OutboxRecord> records) {
        return (int) records.stream().filter(r -> publishedAt(r) == null).count();
    }

    private Timestamp publishedAt(OutboxRecord r) {
        return jdbc.queryForObject("SELECT published_at FROM outbox WHERE event_id = ?", Timestamp.class, r.eventId());
    }

    /** The service's own pool, refusing connections while {@code down}, as a pool does while the server is away. */
    private static final class Switchable extends DelegatingDataSource {
        volatile boolean down;
        final AtomicInteger refused = new AtomicInteger();

        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                refused.incrementAndGet();
                throw new SQLException("Connection is not available, request timed out after 5000ms.", "08001");
            }
            return super.getConnection();
        }
    }
}
