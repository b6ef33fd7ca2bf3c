package jp.kajimaru.shopping.member;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdMemberTest {

    private static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void theNewestAnnouncementWinsAndLeavingIsFinal() {
        HouseholdMember m = HouseholdMember.joined(UUID.randomUUID(), UUID.randomUUID(), "ADMIN", T0);
        m.announce("MEMBER", T0.plusSeconds(10));
        m.announce("ADMIN", T0.plusSeconds(5));
        assertThat(m.role()).isEqualTo("MEMBER");
        m.leave(T0.plusSeconds(20));
        m.announce("ADMIN", T0.plusSeconds(30));
        assertThat(m.active()).isFalse();
        assertThat(m.role()).isEqualTo("MEMBER");
    }
}
