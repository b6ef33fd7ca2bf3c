package jp.kajimaru.notification.preference;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
    private final QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));

    @Test
    void aWindowAcrossMidnightHoldsUntilTheMorning() {
        // 23:00 and 02:00 Tokyo are quiet: released at 07:00 Tokyo (22:00Z).
        assertThat(night.releaseAt(Instant.parse("2026-11-30T14:00:00Z"), TOKYO)).isEqualTo(Instant.parse("2026-11-30T22:00:00Z"));
        assertThat(night.releaseAt(Instant.parse("2026-11-30T17:00:00Z"), TOKYO)).isEqualTo(Instant.parse("2026-11-30T22:00:00Z"));
        // 07:00 itself and 21:59 are not.
        assertThat(night.releaseAt(Instant.parse("2026-11-30T22:00:00Z"), TOKYO)).isEqualTo(Instant.parse("2026-11-30T22:00:00Z"));
        assertThat(night.releaseAt(Instant.parse("2026-11-30T12:59:00Z"), TOKYO)).isEqualTo(Instant.parse("2026-11-30T12:59:00Z"));
    }

    @Test
    void aWindowWithinTheDayAndAcrossTheSwitchToSummerTime() {
        assertThat(lunch.releaseAt(Instant.parse("2026-11-30T03:30:00Z"), TOKYO)).isEqualTo(Instant.parse("2026-11-30T04:00:00Z"));
        assertThat(lunch.releaseAt(Instant.parse("2026-11-30T05:00:00Z"), TOKYO)).isEqualTo(Instant.parse("2026-11-30T05:00:00Z"));
        // 23:00 CET on 27 March 2027 -> 07:00 CEST on the 28th = 05:00Z.
        assertThat(night.releaseAt(Instant.parse("2027-03-27T22:00:00Z"), BERLIN)).isEqualTo(Instant.parse("2027-03-28T05:00:00Z"));
    }
}
