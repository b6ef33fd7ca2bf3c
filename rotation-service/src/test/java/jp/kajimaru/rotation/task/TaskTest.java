package jp.kajimaru.rotation.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskReassigned;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A task's rules without Spring or a database: open → done → open again, planning, pins, overdue. */
class TaskTest {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID HANA = UUID.randomUUID();
    private static final UUID KEN = UUID.randomUUID();
    private static final Instant DUE = Instant.parse("2026-11-30T14:59:59Z");
    private static final Instant NOON = Instant.parse("2026-11-30T03:00:00Z");

    private static Task dishes() {
        return new Task(UUID.randomUUID(), HOUSEHOLD, UUID.randomUUID(), "Dishes", LocalDate.of(2026, 11, 30), DUE, 3,
                LocalDate.of(2026, 11, 30), NOON);
    }

    private static Task heldBy(UUID member) {
        Task t = dishes();
        t.plan(member, "{}", null);
        return t;
    }

    @Test
    void theAssigneeCompletesItOnceAndTheCreditStaysWithTheAssignee() {
        Task t = heldBy(HANA);
        TaskCompleted done = t.complete(HANA, false, NOON).orElseThrow();
        assertThat(done.assigneeMemberId()).isEqualTo(HANA);
        assertThat(done.completedByMemberId()).isEqualTo(HANA);
        assertThat(done.completedAt()).isEqualTo(NOON);
        assertThat(t.open()).isFalse();
        assertThat(t.complete(HANA, false, NOON.plusSeconds(60))).as("done already: nothing to announce").isEmpty();
        assertThat(t.completedAt()).isEqualTo(NOON);
    }

    @Test
    void anAdminCompletesForTheAssigneeButAnotherMemberCannot() {
        Task t = heldBy(HANA);
        assertThatThrownBy(() -> t.complete(KEN, false, NOON)).isInstanceOf(ForbiddenException.class);
        assertThat(t.open()).isTrue();
        TaskCompleted done = t.complete(KEN, true, NOON).orElseThrow();
        assertThat(done.assigneeMemberId()).isEqualTo(HANA);
        assertThat(done.completedByMemberId()).isEqualTo(KEN);
    }

    @Test
    void reopeningUndoesTheCompletionOnlyForWhoMayAndOnlyOnce() {
        Task t = heldBy(HANA);
        t.complete(KEN, true, NOON);
        UUID stranger = UUID.randomUUID();
        assertThatThrownBy(() -> t.reopen(stranger, false)).isInstanceOf(ForbiddenException.class);
        assertThat(t.reopen(KEN, false)).as("who completed it may undo it").isPresent();
        assertThat(t.open()).isTrue();
        assertThat(t.completedBy()).isNull();
        assertThat(t.completedAt()).isNull();
        assertThat(t.reopen(HANA, false)).as("open already").isEmpty();
    }

    @Test
    void planningAnnouncesAFirstAssigneeAndAMoveButNotAStay() {
        Task t = dishes();
        assertThat(t.plan(HANA, "{\"rule\":\"a\"}", null)).get().isInstanceOf(TaskAssigned.class);
        assertThat(t.plan(HANA, "{}", null)).isEmpty();
        TaskReassigned moved = (TaskReassigned) t.plan(KEN, "{}", ReassignReason.BUSY).orElseThrow();
        assertThat(moved.fromMemberId()).isEqualTo(HANA);
        assertThat(moved.toMemberId()).isEqualTo(KEN);
        assertThat(moved.reason()).isEqualTo(ReassignReason.BUSY);
        assertThat(t.plan(null, "{}", null)).as("nobody can: nothing to announce").isEmpty();
        assertThat(t.assigneeMemberId()).isNull();
    }

    @Test
    void aPinHoldsUntilThePlannerMovesItAndADoneTaskCannotBeReassigned() {
        Task t = heldBy(HANA);
        TaskReassigned pinned = t.pinTo(KEN, "{\"rule\":\"pinned by an admin\"}", ReassignReason.ADMIN);
        assertThat(pinned.fromMemberId()).isEqualTo(HANA);
        assertThat(t.pinned()).isTrue();
        t.plan(HANA, "{}", null);
        assertThat(t.pinned()).as("the planner's assignment ends a pin").isFalse();
        t.complete(HANA, false, NOON);
        assertThatThrownBy(() -> t.pinTo(KEN, "{}", ReassignReason.ADMIN)).isInstanceOf(ConflictException.class);
        assertThat(t.plan(KEN, "{}", null)).as("done tasks are history").isEmpty();
        assertThat(t.assigneeMemberId()).isEqualTo(HANA);
    }

    @Test
    void anOpenTaskFollowsItsChoreAndADoneOneDoesNot() {
        Task t = heldBy(HANA);
        t.follow("Dishes and pans", 4, DUE.minusSeconds(3600));
        assertThat(t.choreName()).isEqualTo("Dishes and pans");
        assertThat(t.weight()).isEqualTo(4);
        t.complete(HANA, false, NOON);
        t.follow("Renamed", 1, DUE);
        assertThat(t.choreName()).isEqualTo("Dishes and pans");
    }

    @Test
    void overdueOnceAndOnlyAnnouncedWithAnAssignee() {
        Task nobodys = dishes();
        assertThat(nobodys.overdue(DUE.minusSeconds(1))).isFalse();
        assertThat(nobodys.overdue(DUE)).isTrue();
        assertThat(nobodys.markOverdue(DUE)).isEmpty();
        assertThat(nobodys.overdueAt()).isEqualTo(DUE);

        Task hanas = heldBy(HANA);
        assertThat(hanas.markOverdue(DUE)).get().satisfies(e -> assertThat(e.assigneeMemberId()).isEqualTo(HANA));
        assertThat(hanas.markOverdue(DUE.plusSeconds(60))).isEmpty();
    }
}
