package jp.kajimaru.launcher;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessClockTest {

    @Test
    void aRestartedServicesPinnedClockMovesOnByTheTimeSinceTheFirstStart() {
        assertThat(ServiceProcess.movedOn("2026-11-30T00:00:00Z", Duration.ofMinutes(7).plusSeconds(3).toNanos()))
                .isEqualTo("2026-11-30T00:07:03Z");
        assertThat(ServiceProcess.movedOn("not an instant", 5)).isEqualTo("not an instant");
    }
}
