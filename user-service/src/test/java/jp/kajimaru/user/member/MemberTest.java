package jp.kajimaru.user.member;

import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.LockedException;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The member's own rules, without Spring or a database: the last admin, the PIN lock, busy periods. */
class MemberTest {

    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    static final UUID HOUSEHOLD = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    /** Stands in for the hasher: the "hash" of a PIN is the PIN reversed. */
    static final Member.PinMatcher REVERSED = (typed, hash) -> new StringBuilder(typed).reverse().toString().equals(hash);

    static Member member(MemberRole role) {
        return Member.create(HOUSEHOLD, null, "Hana", " ", role, "self", "default", "#E4572E", T0);
    }

    @Test
    void onlyAnAdultWithALoginChangesTheirOwnLogin() {
        UUID login = UUID.randomUUID();
        Member.create(HOUSEHOLD, login, "Hana", null, MemberRole.MEMBER, "self", "default", "#E4572E", T0)
                .requireOwnLoginChange();
        Member.create(HOUSEHOLD, login, "Hana", null, MemberRole.ADMIN, "self", "default", "#E4572E", T0)
                .requireOwnLoginChange();
        Member child = Member.create(HOUSEHOLD, login, "Taro", null, MemberRole.CHILD, "child", "boy", "#E4572E", T0);
        assertThatThrownBy(child::requireOwnLoginChange).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> member(MemberRole.MEMBER).requireOwnLoginChange()).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("no login");
    }

    @Test
    void theLastAdminCannotBeDemotedButOneOfTwoCan() {
        Member admin = member(MemberRole.ADMIN);
        assertThatThrownBy(() -> admin.change(null, null, MemberRole.MEMBER, null, null, null, 1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("at least one admin");
        assertThat(admin.role()).isEqualTo(MemberRole.ADMIN);

        MemberUpdated updated = admin.change(null, null, MemberRole.MEMBER, null, null, null, 2);
        assertThat(updated.role()).isEqualTo(MemberRole.MEMBER);
        assertThat(admin.demotedFrom(MemberRole.ADMIN)).isTrue();
    }

    @Test
    void keepingTheAdminRoleOrChangingOthersNeedsNoSecondAdmin() {
        Member admin = member(MemberRole.ADMIN);
        MemberUpdated updated = admin.change(" Hanako ", "はなちゃん", MemberRole.ADMIN, null, "woman", null, 1);
        assertThat(updated.displayName()).isEqualTo("Hanako");
        assertThat(updated.nickname()).isEqualTo("はなちゃん");
        assertThat(updated.avatar()).isEqualTo("woman");
        assertThat(updated.colour()).isEqualTo("#E4572E");
        assertThat(admin.demotedFrom(MemberRole.ADMIN)).isFalse();
        // A blank nickname clears it; an absent one keeps it.
        assertThat(admin.change(null, null, null, null, null, null, 1).nickname()).isEqualTo("はなちゃん");
        assertThat(admin.change(null, "  ", null, null, null, null, 1).nickname()).isNull();
    }

    @Test
    void theLastAdminCannotLeaveOtherMembersCan() {
        assertThatThrownBy(() -> member(MemberRole.ADMIN).remove(1)).isInstanceOf(ConflictException.class);
        assertThat(member(MemberRole.ADMIN).remove(2).memberId()).isNotNull();
        Member child = member(MemberRole.CHILD);
        assertThat(child.remove(1).memberId()).isEqualTo(child.id());
    }

    @Test
    void fiveWrongPinsLockForFifteenMinutesAndEvenTheRightOneWaits() {
        Member m = member(MemberRole.CHILD);
        m.setPin("4321");
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> m.verifyPin("0000", REVERSED, T0, "pin"))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage())
                            .contains("Attempts left"));
        }
        assertThatThrownBy(() -> m.verifyPin("0000", REVERSED, T0, "pin")).isInstanceOf(LockedException.class);
        assertThat(m.pinLockedAt(T0)).isTrue();
        assertThat(m.pin().lockedUntil()).isEqualTo(T0.plus(PinRules.LOCK));
        assertThatThrownBy(() -> m.verifyPin("1234", REVERSED, T0.plusSeconds(899), "pin"))
                .isInstanceOf(LockedException.class);

        // Once the lock has run out, the right PIN is taken and the count starts from zero.
        m.verifyPin("1234", REVERSED, T0.plus(PinRules.LOCK), "pin");
        assertThat(m.pin()).isEqualTo(PinRules.CLEAR);
    }

    @Test
    void aRightPinClearsTheCountAndAnExpiredLockForgetsOldFailures() {
        Member m = member(MemberRole.CHILD);
        m.setPin("4321");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> m.verifyPin("9999", REVERSED, T0, "pin")).isInstanceOf(InvalidFieldException.class);
        }
        m.verifyPin("1234", REVERSED, T0, "pin");
        assertThat(m.pin().failures()).isZero();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> m.verifyPin("9999", REVERSED, T0, "pin")).isInstanceOf(RuntimeException.class);
        }
        // After the lock, a wrong PIN is the first of a new count, not the sixth.
        assertThatThrownBy(() -> m.verifyPin("9999", REVERSED, T0.plus(PinRules.LOCK), "pin"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage())
                        .contains("Attempts left: 4"));
        assertThat(m.pin().failures()).isEqualTo(1);
    }

    @Test
    void settingAPinLiftsALock() {
        Member m = member(MemberRole.CHILD);
        m.setPin("4321");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> m.verifyPin("9999", REVERSED, T0, "pin")).isInstanceOf(RuntimeException.class);
        }
        assertThat(m.pinLockedAt(T0)).isTrue();
        m.setPin("8765");
        assertThat(m.pinLockedAt(T0)).isFalse();
        m.verifyPin("5678", REVERSED, T0, "pin");
    }

    @Test
    void aWrongPinNamesTheFieldItCameFrom() {
        Member m = member(MemberRole.CHILD);
        m.setPin("4321");
        assertThatThrownBy(() -> m.verifyPin(null, REVERSED, T0, "currentPin"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("currentPin"));
    }

    @Test
    void busyFromStartUntilEndOrOpenEnded() {
        Member m = member(MemberRole.MEMBER);
        assertThat(m.busyAt(T0)).isFalse();
        var changed = m.busyFrom(T0, T0.plusSeconds(60));
        assertThat(changed.busy()).isTrue();
        assertThat(m.busyAt(T0)).isTrue();
        assertThat(m.busyAt(T0.plusSeconds(60))).isFalse();
        m.busyFrom(T0, null);
        assertThat(m.busyAt(T0.plusSeconds(365L * 86400))).isTrue();
        assertThat(m.notBusy().busy()).isFalse();
        assertThat(m.busyAt(T0)).isFalse();
    }
}
