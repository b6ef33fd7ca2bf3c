package jp.kajimaru.rotation.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.rotation.TaskCompleted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One-off and maintenance tasks: what their completion says and when inventory's "done" closes them. */
class TaskOriginTest {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID HANA = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Instant DUE = Instant.parse("2026-11-30T14:59:59Z");
    private static final Instant NOON = Instant.parse("2026-11-30T03:00:00Z");

    private static Task maintenance(UUID maintenanceTaskId, LocalDate cycleDue) {
        return Task.maintenance(UUID.randomUUID(), HOUSEHOLD, maintenanceTaskId, "エアコン: フィルター掃除", DAY, cycleDue, DUE, 2,
                DAY, NOON);
    }

    @Test
    void aMaintenanceTaskCompletionNamesItsMaintenanceTaskAsAPlainUuid() {
        UUID maintenanceTaskId = UUID.randomUUID();
        Task t = maintenance(maintenanceTaskId, DAY.minusDays(2));
        t.plan(HANA, "{}", null);
        TaskCompleted done = t.complete(HANA, false, NOON).orElseThrow();
        assertThat(done.externalRef()).isEqualTo(maintenanceTaskId.toString());
        assertThat(UUID.fromString(done.externalRef())).isEqualTo(maintenanceTaskId);
        assertThat(done.choreName()).isEqualTo("エアコン: フィルター掃除");
        assertThat(t.choreless()).isTrue();
        assertThat(t.origin()).isEqualTo(Task.Origin.MAINTENANCE);
    }

    @Test
    void roasterAndOneOffCompletionsNameNothing() {
        Task oneOff = Task.oneOff(UUID.randomUUID(), HOUSEHOLD, UUID.randomUUID(), "Futon", DAY, DUE, 3, DAY, NOON);
        oneOff.plan(HANA, "{}", null);
        assertThat(oneOff.complete(HANA, false, NOON).orElseThrow().externalRef()).isNull();
        assertThat(oneOff.origin()).isEqualTo(Task.Origin.ONE_OFF);
        assertThat(oneOff.choreless()).isFalse();
    }

    @Test
    void doneInInventoryClosesOnlyAnOpenMaintenanceTaskOfAnEarlierCycle() {
        UUID id = UUID.randomUUID();
        LocalDate cycle = DAY.plusDays(3);
        assertThat(maintenance(id, cycle).closedByMaintenance(cycle.plusDays(30))).isTrue();
        assertThat(maintenance(id, cycle).closedByMaintenance(null)).isTrue();
        assertThat(maintenance(id, cycle).closedByMaintenance(cycle)).isFalse();
        Task completed = maintenance(id, cycle);
        completed.complete(HANA, true, NOON);
        assertThat(completed.closedByMaintenance(cycle.plusDays(30))).isFalse();
        Task oneOff = Task.oneOff(UUID.randomUUID(), HOUSEHOLD, id, "Futon", DAY, DUE, 3, DAY, NOON);
        assertThat(oneOff.closedByMaintenance(null)).isFalse();
    }
}
