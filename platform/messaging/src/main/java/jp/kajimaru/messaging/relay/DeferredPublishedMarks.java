package jp.kajimaru.messaging.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Debezium relay's marks, written off its thread: {@code every} after a mark arrives, all marks gathered by then
 * go out in one transaction. A flush is scheduled only while marks wait (a tick every 200 ms at rest cost ~0.1 % of a
 * core per service, bench/results/idle-cpu.md). The relay never waits for a database connection, which under load it
 * shared with every request and consumer of the service: at 100 sign-ups in 20 s the pool was exhausted and
 * user-service's relay stood still in {@code getConnection} for seconds per event (issue #14,
 * bench/results/pipeline-load.md). A mark that cannot be written (database away) is kept and written with the next
 * flush; the rows are published either way.
 */
public final class DeferredPublishedMarks implements PublishedMarks {

    private static final Logger log = LoggerFactory.getLogger(DeferredPublishedMarks.class);
    private static final int PER_TRANSACTION = 1000;

    private record Mark(Timestamp at, String eventId) {
    }

    private final JdbcTemplate jdbc;
    private final ConcurrentLinkedQueue<Mark> waiting = new ConcurrentLinkedQueue<>();
    private final ScheduledThreadPoolExecutor flusher;
    private final Duration every;
    /** A flush is scheduled and has not started yet. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean failing;

    public DeferredPublishedMarks(JdbcTemplate jdbc, Duration every) {
        this.jdbc = jdbc;
        this.every = every;
        this.flusher = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "outbox-published-marks");
            t.setDaemon(true);
            return t;
        });
        // Closing flushes by itself; a flush still scheduled then is dropped rather than waited for.
        flusher.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void mark(List<OutboxRecord> records, Timestamp at) {
        records.forEach(r -> waiting.add(new Mark(at, r.eventId())));
        scheduleFlush();
    }

    private void scheduleFlush() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            flusher.schedule(this::scheduledFlush, every.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // Closing writes what is left; a mark after that is republished on the next start (at least once).
            scheduled.set(false);
        }
    }

    // Cleared before flushing: a mark that arrives during the flush schedules the next one. Marks a failed flush
    // kept are tried again after another interval.
    private void scheduledFlush() {
        scheduled.set(false);
        flush();
        if (!waiting.isEmpty()) {
            scheduleFlush();
        }
    }

    /** Marks still to be written. */
    public int waiting() {
        return waiting.size();
    }

    /** Writes what has gathered; runs on the flusher (and once more on close). */
    public void flush() {
        while (!waiting.isEmpty()) {
            List<Mark> batch = new ArrayList<>();
            for (Mark m; batch.size() < PER_TRANSACTION && (m = waiting.poll()) != null; ) {
                batch.add(m);
            }
            try {
                write(batch);
                if (failing) {
                    failing = false;
                    log.info("Outbox publish marks are written again");
                }
            } catch (DataAccessException e) {
                waiting.addAll(batch);
                if (!failing) {
                    failing = true;
                    log.warn("Outbox publish marks cannot be written, kept for the next try: {}", e.toString());
                }
                return;
            }
        }
    }

    private void write(List<Mark> batch) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            boolean autoCommit = con.getAutoCommit();
            con.setAutoCommit(false);
            try (PreparedStatement update = con.prepareStatement(MARK)) {
                for (Mark m : batch) {
                    update.setTimestamp(1, m.at());
                    update.setString(2, m.eventId());
                    update.addBatch();
                }
                update.executeBatch();
                con.commit();
            } catch (java.sql.SQLException e) {
                rollback(con);
                throw e;
            } finally {
                con.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    private static void rollback(Connection con) {
        try {
            con.rollback();
        } catch (java.sql.SQLException ignored) {
            // The connection is broken; the pool discards it, and the marks are kept for the next flush.
        }
    }

    @Override
    public void close() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
