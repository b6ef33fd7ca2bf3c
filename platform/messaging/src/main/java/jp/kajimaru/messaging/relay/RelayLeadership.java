package jp.kajimaru.messaging.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on exactly one replica of a service. Leadership is a named database lock
 * ({@code GET_LOCK}) held by a dedicated connection: it is released when the holder stops or its
 * connection dies. A standby waits for the lock inside the database ({@code GET_LOCK} with a timeout of one
 * check interval, at least a second, then asks again at once), so it takes over as soon as the lock is free
 * instead of at its next poll; the leader checks that it still holds the lock every check interval. Works the same
 * on MariaDB and MySQL.
 */
public class RelayLeadership implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayLeadership.class);

    private final DataSource dataSource;
    private final OutboxRelay relay;
    private final String lockName;
    private final Duration checkInterval;
    private ScheduledExecutorService loop;
    private Connection lockConnection;
    private volatile boolean leader;
    private final java.util.concurrent.atomic.AtomicLong checks = new java.util.concurrent.atomic.AtomicLong();

    public RelayLeadership(DataSource dataSource, OutboxRelay relay, String lockName, Duration checkInterval) {
        this.dataSource = dataSource;
        this.relay = relay;
        this.lockName = lockName;
        this.checkInterval = checkInterval;
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService l = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay-leadership"));
        loop = l;
        l.execute(() -> round(l));
    }

    // One check, then the next: at once after a standby has waited out its GET_LOCK, else after the check interval.
    private void round(ScheduledExecutorService l) {
        long delay = check() ? 0 : checkInterval.toMillis();
        try {
            l.schedule(() -> round(l), delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // stop() shut the loop down.
        }
    }

    /** True when this check already waited (a standby blocked in GET_LOCK until its timeout). */
    private synchronized boolean check() {
        checks.incrementAndGet();
        try {
            if (leader && !stillHoldsLock()) {
                log.warn("Lost the outbox relay lock {}; stopping the relay", lockName);
                resign();
            }
            if (!leader) {
                long started = System.nanoTime();
                if (tryAcquire()) {
                    leader = true;
                    log.info("Holding the outbox relay lock {}; starting the {} relay", lockName, relay.kind());
                    relay.start();
                    return false;
                }
                return System.nanoTime() - started >= TimeUnit.SECONDS.toNanos(lockWaitSeconds()) / 2;
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay leadership check failed: {}", e.toString());
            resign();
        }
        return false;
    }

    private long lockWaitSeconds() {
        return Math.max(1, checkInterval.toSeconds());
    }

    private boolean tryAcquire() {
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (PreparedStatement st = c.prepareStatement("SELECT GET_LOCK(?, " + lockWaitSeconds() + ")")) {
                st.setString(1, lockName);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        lockConnection = c;
                        return true;
                    }
                }
            }
            c.close();
            return false;
        } catch (SQLException e) {
            log.debug("Could not try the outbox relay lock: {}", e.toString());
            return false;
        }
    }

    private boolean stillHoldsLock() {
        try (PreparedStatement st = lockConnection.prepareStatement("SELECT IS_USED_LOCK(?) = CONNECTION_ID()")) {
            st.setString(1, lockName);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private void resign() {
        leader = false;
        relay.stop();
        if (lockConnection != null) {
            try (PreparedStatement st = lockConnection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                st.setString(1, lockName);
                st.execute();
            } catch (SQLException ignored) {
                // A dead connection has released the lock already.
            }
            try {
                lockConnection.close();
            } catch (SQLException ignored) {
                // Nothing more to release.
            }
            lockConnection = null;
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService l;
        synchronized (this) {
            l = loop;
            loop = null;
        }
        if (l != null) {
            l.shutdownNow();
            try {
                l.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            resign();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return loop != null;
    }

    public boolean isLeader() {
        return leader;
    }

    /** How many leadership checks ran; lets a test know a replica has had its chance to take the lock. */
    public long checkCount() {
        return checks.get();
    }

    public OutboxRelay relay() {
        return relay;
    }

    // Start late and stop early: the relay needs Kafka and the datasource up, and must let go of the lock first.
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
