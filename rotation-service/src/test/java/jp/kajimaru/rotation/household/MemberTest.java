package jp.kajimaru.rotation.household;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jp.kajimaru.rotation.assignment.MemberInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The member replica's rules without Spring or a database: joining, leaving, busy days in the household's calendar. */
class MemberTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // Monday 2026-11-30, 09:00 in Tokyo.
    private static final Instant JOINED = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void aMemberIsAbsentBeforeTheDayTheyJoinedInTheHouseholdsCalendar() {
        Member m = new Member(UUID.randomUUID(), UUID.randomUUID(), "Hana", "ADMIN", JOINED);
        MemberInfo info = m.info(TOKYO);
        assertThat(info.busyOn(LocalDate.of(2026, 11, 29))).isTrue();
        assertThat(info.busyOn(LocalDate.of(2026, 11, 30))).isFalse();
    }

    @Test
    void busyUntilIsExclusiveAndAnOpenEndedSpanLastsOn() {
        Member m = new Member(UUID.randomUUID(), UUID.randomUUID(), "Ken", "MEMBER", JOINED);
        // Wednesday 00:00 until Friday 00:00 in Tokyo: busy on Wednesday and Thursday.
        m.busy(Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-12-03T15:00:00Z"));
        MemberInfo info = m.info(TOKYO);
        assertThat(info.busyOn(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(info.busyOn(LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(info.busyOn(LocalDate.of(2026, 12, 3))).isTrue();
        assertThat(info.busyOn(LocalDate.of(2026, 12, 4))).isFalse();
        m.busy(Instant.parse("2026-12-01T15:00:00Z"), null);
        assertThat(m.info(TOKYO).busyOn(LocalDate.of(2027, 6, 1))).isTrue();
        m.busy(null, null);
        assertThat(m.info(TOKYO).busyOn(LocalDate.of(2026, 12, 2))).isFalse();
    }

    @Test
    void aRemovedMemberWhoJoinsAgainIsActiveWithTheirFirstJoiningDay() {
        Member m = new Member(UUID.randomUUID(), UUID.randomUUID(), "Yuki", "CHILD", JOINED);
        m.deactivate(JOINED.plusSeconds(3600));
        assertThat(m.active()).isFalse();
        m.update("Yuki", "MEMBER", JOINED.plusSeconds(7200));
        assertThat(m.active()).isTrue();
        assertThat(m.role()).isEqualTo("MEMBER");
        assertThat(m.joinedAt()).isEqualTo(JOINED);
    }
}
