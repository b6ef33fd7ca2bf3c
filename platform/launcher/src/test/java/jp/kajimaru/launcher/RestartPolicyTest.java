package jp.kajimaru.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestartPolicyTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final RestartPolicy policy = new RestartPolicy(clock);

    @Test
    void waitsTwiceAsLongAfterEveryFailureInARowUpToAMinuteThenGivesUp() {
        policy.up();
        List<Duration> delays = new ArrayList<>();
        RestartPolicy.Decision decision = policy.exited();
        while (decision.restart()) {
            delays.add(decision.delay());
            clock.advance(decision.delay().plusSeconds(20)); // starts, and dies again 20 s later, before it is UP
            decision = policy.exited();
        }
        assertThat(delays).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
        assertThat(decision.failuresInARow()).isEqualTo(RestartPolicy.DEFAULT_GIVE_UP_AFTER);
        assertThat(decision.delay()).isZero();
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        RestartPolicy patient = new RestartPolicy(clock, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofMinutes(5), 100);
        RestartPolicy.Decision last = null;
        for (int i = 0; i < 99; i++) {
            last = patient.exited();
        }
        assertThat(last.restart()).isTrue();
        assertThat(last.failuresInARow()).isEqualTo(99);
        assertThat(last.delay()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aServiceThatStayedUpLongEnoughStartsTheBackOffAfresh() {
        policy.up();
        policy.exited();
        policy.up();
        assertThat(policy.exited().delay()).isEqualTo(Duration.ofSeconds(2));
        policy.up();
        clock.advance(RestartPolicy.DEFAULT_STABLE_AFTER);
        RestartPolicy.Decision afterAStableRun = policy.exited();
        assertThat(afterAStableRun.failuresInARow()).isEqualTo(1);
        assertThat(afterAStableRun.delay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void upButNotForLongEnoughStillCountsAsAFailureInARow() {
        policy.up();
        policy.exited();
        policy.up();
        clock.advance(RestartPolicy.DEFAULT_STABLE_AFTER.minusSeconds(1));
        assertThat(policy.exited().failuresInARow()).isEqualTo(2);
        // Never UP since the last exit: however long it took to die, the count goes on.
        clock.advance(Duration.ofHours(1));
        assertThat(policy.exited().failuresInARow()).isEqualTo(3);
    }

    @Test
    void refusesAScheduleThatCannotWork() {
        assertThatThrownBy(() -> new RestartPolicy(clock, Duration.ZERO, Duration.ofSeconds(1), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestartPolicy(clock, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestartPolicy(clock, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
