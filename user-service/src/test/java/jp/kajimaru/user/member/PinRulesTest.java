package jp.kajimaru.user.member;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinRulesTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void fiveWrongAttemptsLockForFifteenMinutes() {
        PinRules.State s = PinRules.CLEAR;
        for (int i = 0; i < 4; i++) {
            s = s.failed(T0);
            assertThat(s.lockedAt(T0)).isFalse();
        }
        assertThat(s.remainingAttempts()).isEqualTo(1);
        s = s.failed(T0);
        assertThat(s.lockedAt(T0)).isTrue();
        assertThat(s.lockedAt(T0.plus(PinRules.LOCK).minusSeconds(1))).isTrue();
        assertThat(s.lockedAt(T0.plus(PinRules.LOCK))).isFalse();
    }

    @Test
    void theCountStartsAgainWhenALockHasExpired() {
        PinRules.State locked = new PinRules.State(5, T0);
        PinRules.State next = locked.failed(T0.plusSeconds(1));
        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.lockedAt(T0.plusSeconds(1))).isFalse();
    }

    @Test
    void onlyFourDigitsAreAPin() {
        assertThat(PinRules.wellFormed("0123")).isTrue();
        assertThat(PinRules.wellFormed("123")).isFalse();
        assertThat(PinRules.wellFormed("12345")).isFalse();
        assertThat(PinRules.wellFormed("12a4")).isFalse();
        assertThat(PinRules.wellFormed(null)).isFalse();
    }
}
