package jp.kajimaru.rotation.substitute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.SubstituteAccepted;
import jp.kajimaru.events.rotation.SubstituteClosed;
import jp.kajimaru.rotation.task.Task;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A substitute request's states without Spring or a database: open → accepted / withdrawn / expired / closed. */
class SubstituteRequestTest {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID HANA = UUID.randomUUID();
    private static final UUID KEN = UUID.randomUUID();
    private static final UUID YUKI = UUID.randomUUID();
    private static final Instant DUE = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    private static Task hanasTask() {
        Task t = new Task(UUID.randomUUID(), HOUSEHOLD, UUID.randomUUID(), "Dinner", LocalDate.of(2026, 11, 30), DUE, 5,
                LocalDate.of(2026, 11, 30), NOW);
        t.plan(HANA, "{}", null);
        return t;
    }

    private static SubstituteRequest asked() {
        return SubstituteRequest.ask(hanasTask(), HANA, "  late meeting ", NOW, false);
    }

    @Test
    void onlyTheAssigneeAsksForAnOpenTaskNotYetDueAndOnlyOnce() {
        Task t = hanasTask();
        assertThatThrownBy(() -> SubstituteRequest.ask(t, KEN, null, NOW, false)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> SubstituteRequest.ask(t, HANA, null, DUE, false)).as("due already")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> SubstituteRequest.ask(t, HANA, null, NOW, true)).as("asked already")
                .isInstanceOf(ConflictException.class);
        SubstituteRequest r = SubstituteRequest.ask(t, HANA, "  late meeting ", NOW, false);
        assertThat(r.status()).isEqualTo(SubstituteRequest.Status.OPEN);
        assertThat(r.note()).isEqualTo("late meeting");
        assertThat(r.expiresAt()).as("it expires when the task falls due").isEqualTo(DUE);
        assertThat(r.requested(t).taskId()).isEqualTo(t.id());
        t.complete(HANA, false, NOW);
        assertThatThrownBy(() -> SubstituteRequest.ask(t, HANA, null, NOW, false)).as("done")
                .isInstanceOf(ConflictException.class);
        assertThat(SubstituteRequest.ask(hanasTask(), HANA, "   ", NOW, false).note()).as("a blank note is none").isNull();
    }

    @Test
    void theFirstAcceptWinsAndNobodyTakesTheirOwnTask() {
        SubstituteRequest r = asked();
        assertThatThrownBy(() -> r.accept(HANA, NOW)).isInstanceOf(ConflictException.class);
        SubstituteAccepted accepted = r.accept(KEN, NOW);
        assertThat(accepted.substituteMemberId()).isEqualTo(KEN);
        assertThat(r.status()).isEqualTo(SubstituteRequest.Status.ACCEPTED);
        assertThat(r.closedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> r.accept(YUKI, NOW)).isInstanceOf(ConflictException.class);
        assertThat(r.substituteMemberId()).isEqualTo(KEN);
    }

    @Test
    void anExpiredRequestCannotBeAcceptedAndExpiresOnce() {
        SubstituteRequest r = asked();
        assertThat(r.expire(DUE.minusSeconds(1))).as("not due yet").isEmpty();
        assertThatThrownBy(() -> r.accept(KEN, DUE)).isInstanceOf(ConflictException.class);
        SubstituteClosed expired = r.expire(DUE).orElseThrow();
        assertThat(expired.reason()).isEqualTo(CloseReason.EXPIRED);
        assertThat(r.status()).isEqualTo(SubstituteRequest.Status.EXPIRED);
        assertThat(r.expire(DUE.plusSeconds(60))).isEmpty();
    }

    @Test
    void whoAskedOrAnAdminWithdrawsAnOpenRequest() {
        SubstituteRequest r = asked();
        assertThatThrownBy(() -> r.withdraw(KEN, false, NOW)).isInstanceOf(ForbiddenException.class);
        assertThat(r.withdraw(KEN, true, NOW).reason()).isEqualTo(CloseReason.WITHDRAWN);
        assertThat(r.status()).isEqualTo(SubstituteRequest.Status.WITHDRAWN);
        assertThatThrownBy(() -> r.withdraw(HANA, false, NOW)).as("no longer open").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.accept(KEN, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDoneOrMovedTaskClosesItsOpenRequestOnly() {
        SubstituteRequest r = asked();
        assertThat(r.closeBecause(CloseReason.TASK_DONE, NOW)).get()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(CloseReason.TASK_DONE));
        assertThat(r.status()).isEqualTo(SubstituteRequest.Status.CLOSED);
        assertThat(r.closeBecause(CloseReason.TASK_REMOVED, NOW)).isEmpty();

        SubstituteRequest taken = asked();
        taken.accept(KEN, NOW);
        assertThat(taken.closeBecause(CloseReason.TASK_REMOVED, NOW)).as("accepted stays accepted").isEmpty();
        assertThat(taken.status()).isEqualTo(SubstituteRequest.Status.ACCEPTED);
    }
}
