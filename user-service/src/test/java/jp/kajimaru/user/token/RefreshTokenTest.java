package jp.kajimaru.user.token;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A refresh token's rotation rules without Spring or a database: single use, replay, expiry, revocation. */
class RefreshTokenTest {

    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

    static RefreshToken token() {
        return new RefreshToken(RefreshTokens.hash("secret"), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                null, T0, T0.plus(Duration.ofDays(30)));
    }

    @Test
    void aLiveTokenIsUsedUpOnceAndPresentingItAgainIsAReplay() {
        RefreshToken t = token();
        assertThat(t.liveAt(T0)).isTrue();
        assertThat(t.use(T0.plusSeconds(5))).isEqualTo(RefreshToken.Use.ROTATED);
        assertThat(t.liveAt(T0.plusSeconds(5))).isFalse();
        assertThat(t.use(T0.plusSeconds(6))).isEqualTo(RefreshToken.Use.REPLAYED);
        // Still a replay after it would have expired anyway: a copy is out there.
        assertThat(t.use(T0.plus(Duration.ofDays(31)))).isEqualTo(RefreshToken.Use.REPLAYED);
    }

    @Test
    void anExpiredTokenIsOnlyRefusedNotAReplay() {
        RefreshToken t = token();
        Instant expiry = T0.plus(Duration.ofDays(30));
        assertThat(t.liveAt(expiry.minusSeconds(1))).isTrue();
        assertThat(t.use(expiry)).isEqualTo(RefreshToken.Use.REFUSED);
        assertThat(t.use(expiry)).isEqualTo(RefreshToken.Use.REFUSED);
    }

    @Test
    void theSessionCarriesWhoAndWhere() {
        RefreshToken t = token();
        RefreshTokens.Session s = t.session();
        assertThat(s.userId()).isEqualTo(t.userId());
        assertThat(s.memberId()).isEqualTo(t.memberId());
        assertThat(s.householdId()).isEqualTo(t.householdId());
        assertThat(s.deviceId()).isNull();
        assertThat(s.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
    }

    @Test
    void theStoredHashIsSha256Hex() {
        assertThat(RefreshTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
