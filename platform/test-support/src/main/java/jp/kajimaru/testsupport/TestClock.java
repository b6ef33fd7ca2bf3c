package jp.kajimaru.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of a test JVM: every {@link RealInfrastructure} context gets it as its {@code Clock} bean and
 * {@link TestTokens} dates its tokens by it. It stands still until a test moves it, so nothing depends on the
 * day or the zone the suite happens to run in. Each test class starts at {@link #DEFAULT}.
 */
public final class TestClock extends Clock {

    /** A Monday, 09:00 in Tokyo: the weekday on which a wall-clock suite once failed. */
    public static final Instant DEFAULT = Instant.parse("2026-11-30T00:00:00Z");

    private static final TestClock SHARED = new TestClock();

    private final AtomicReference<Instant> now = new AtomicReference<>(DEFAULT);

    private TestClock() {
    }

    public static TestClock shared() {
        return SHARED;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Pins the clock to a wall-clock time in a zone, e.g. 07:00 in Asia/Tokyo on a given day. */
    public void setLocal(LocalDateTime local, ZoneId zone) {
        now.set(local.atZone(zone).toInstant());
    }

    public void advance(Duration by) {
        now.updateAndGet(i -> i.plus(by));
    }

    public void reset() {
        now.set(DEFAULT);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new InZone(this, zone);
    }

    /** The same moving instant seen from another zone ({@code LocalDate.now(clock.withZone(zone))}). */
    private static final class InZone extends Clock {
        private final TestClock base;
        private final ZoneId zone;

        InZone(TestClock base, ZoneId zone) {
            this.base = base;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return base.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new InZone(base, other);
        }
    }
}
