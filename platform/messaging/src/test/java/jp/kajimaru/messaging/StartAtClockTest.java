package jp.kajimaru.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jp.kajimaru.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartAtClockTest {

    private static final Instant WALL = Instant.parse("2031-07-14T03:04:05Z");

    @Test
    void withoutAStartItIsTheWallClock() {
        Clock wall = Clock.fixed(WALL, ZoneOffset.UTC);
        assertThat(StartAtClock.of(null, wall)).isSameAs(wall);
        assertThat(StartAtClock.of(" ", wall)).isSameAs(wall);
    }

    @Test
    void withAStartItShowsThatInstantAndTicksOnWithTheWallClock() {
        TestClock wall = TestClock.shared();
        try {
            wall.set(WALL);
            Clock started = StartAtClock.of("2026-11-30T00:00:00Z", wall);
            assertThat(started.instant()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
            wall.advance(Duration.ofMinutes(90));
            assertThat(started.instant()).isEqualTo(Instant.parse("2026-11-30T01:30:00Z"));
        } finally {
            wall.reset();
        }
    }

    @Test
    void aStartThatIsNoInstantIsRefusedWithItsName() {
        assertThatThrownBy(() -> StartAtClock.of("monday", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kajimaru.clock.start");
    }
}
