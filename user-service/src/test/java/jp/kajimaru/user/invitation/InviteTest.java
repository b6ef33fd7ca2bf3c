package jp.kajimaru.user.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.user.MemberRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An invite code's rules without Spring or a database: expiry, limited uses, revocation. */
class InviteTest {

    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

    static Invite invite(int maxUses) {
        return Invite.issue(UUID.randomUUID(), "12345678", MemberRole.MEMBER, UUID.randomUUID(), T0,
                Duration.ofHours(24), maxUses);
    }

    @Test
    void usableUntilItExpires() {
        Invite i = invite(1);
        assertThat(i.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(i.usableAt(T0)).isTrue();
        assertThat(i.usableAt(T0.plus(Duration.ofHours(24)).minusNanos(1000))).isTrue();
        assertThat(i.usableAt(T0.plus(Duration.ofHours(24)))).isFalse();
        assertThatThrownBy(() -> i.use(T0.plus(Duration.ofHours(24)))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("code"));
        assertThat(i.uses()).isZero();
    }

    @Test
    void eachUseCountsAndTheLastOneUsesItUp() {
        Invite i = invite(2);
        i.use(T0);
        assertThat(i.uses()).isEqualTo(1);
        assertThat(i.usableAt(T0)).isTrue();
        i.use(T0.plusSeconds(1));
        assertThat(i.uses()).isEqualTo(2);
        assertThat(i.usableAt(T0.plusSeconds(2))).isFalse();
        assertThatThrownBy(() -> i.use(T0.plusSeconds(2))).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("used up");
        assertThat(i.uses()).isEqualTo(2);
    }

    @Test
    void aRevokedCodeIsRefusedAndRevokingAgainKeepsTheFirstTime() {
        Invite i = invite(5);
        i.revoke(T0.plusSeconds(10));
        assertThat(i.revokedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(i.usableAt(T0.plusSeconds(11))).isFalse();
        assertThatThrownBy(() -> i.use(T0.plusSeconds(11))).isInstanceOf(InvalidFieldException.class);
        i.revoke(T0.plusSeconds(20));
        assertThat(i.revokedAt()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void anInviteIsGoodForAtLeastOneJoin() {
        assertThatThrownBy(() -> invite(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
