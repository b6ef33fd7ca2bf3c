package jp.kajimaru.inventory.equipment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.inventory.MaintenanceDone;
import jp.kajimaru.events.inventory.MaintenanceDue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The maintenance rules, without Spring or a database. */
class MaintenanceTaskTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final UUID KEN = UUID.randomUUID();

    static Equipment aircon(LocalDate installed) {
        return Equipment.create(HOUSEHOLD, new Equipment.Details(EquipmentKind.APPLIANCE, "エアコン", "リビング", installed),
                TODAY, CLOCK);
    }

    static MaintenanceTask.Details filter(Integer days, Integer months, LocalDate lastDone, Integer lead) {
        return new MaintenanceTask.Details("フィルター掃除", days, months, lastDone, lead, 2);
    }

    @Test
    void ageCountsWholeMonthsSinceInstallation() {
        assertThat(aircon(LocalDate.of(2024, 12, 1)).ageInMonths(TODAY)).isEqualTo(23);
        assertThat(aircon(LocalDate.of(2024, 11, 30)).ageInMonths(TODAY)).isEqualTo(24);
        assertThat(aircon(null).ageInMonths(TODAY)).isNull();
        assertThatThrownBy(() -> aircon(TODAY.plusDays(1))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("installedOn"));
    }

    @Test
    void nextDueIsLastDonePlusTheIntervalInDaysOrMonths() {
        Equipment ac = aircon(LocalDate.of(2020, 4, 1));
        assertThat(MaintenanceTask.create(ac, filter(14, null, TODAY.minusDays(3), null), TODAY, CLOCK).nextDueOn())
                .isEqualTo(TODAY.plusDays(11));
        assertThat(MaintenanceTask.create(ac, filter(null, 3, LocalDate.of(2026, 8, 31), null), TODAY, CLOCK).nextDueOn())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        // Never done: counted from the installation, or from today when that is unknown too.
        assertThat(MaintenanceTask.create(ac, filter(null, 6, null, null), TODAY, CLOCK).nextDueOn())
                .isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(MaintenanceTask.create(aircon(null), filter(30, null, null, null), TODAY, CLOCK).nextDueOn())
                .isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void dueIsAnnouncedOnceFromTheStartOfTheLeadWindow() {
        MaintenanceTask t = MaintenanceTask.create(aircon(null), filter(null, 3, TODAY, 10), TODAY, CLOCK);
        LocalDate due = TODAY.plusMonths(3);
        assertThat(t.leadDays()).isEqualTo(10);
        assertThat(t.dueCheck(due.minusDays(11))).isNull();
        MaintenanceDue e = t.dueCheck(due.minusDays(10));
        assertThat(e).isNotNull();
        assertThat(e.maintenanceTaskId()).isEqualTo(t.id());
        assertThat(e.equipmentId()).isEqualTo(t.equipment().id());
        assertThat(e.equipmentName()).isEqualTo("エアコン");
        assertThat(e.taskName()).isEqualTo("フィルター掃除");
        assertThat(e.dueDate()).isEqualTo(due);
        assertThat(e.weight()).isEqualTo(2);
        assertThat(t.dueCheck(due.minusDays(9))).isNull();
        assertThat(t.dueCheck(due.plusDays(40))).isNull();
        assertThat(t.awaitingDone()).isTrue();
    }

    @Test
    void leadTimeDefaultsToThirtyDaysAndALateScanStillAnnounces() {
        MaintenanceTask t = MaintenanceTask.create(aircon(null), filter(90, null, TODAY.minusDays(200), null), TODAY, CLOCK);
        assertThat(t.leadDays()).isEqualTo(30);
        assertThat(t.nextDueOn()).isBefore(TODAY);
        assertThat(t.dueCheck(TODAY)).isNotNull();
    }

    @Test
    void doneRollsTheNextDueDateAndOpensTheNextCycle() {
        MaintenanceTask t = MaintenanceTask.create(aircon(null), filter(null, 1, TODAY.minusMonths(1), 7), TODAY, CLOCK);
        assertThat(t.dueCheck(TODAY)).isNotNull();
        MaintenanceDone done = t.markDone(TODAY.minusDays(1), KEN, TODAY, CLOCK);
        assertThat(done.doneOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(done.doneByMemberId()).isEqualTo(KEN);
        assertThat(done.nextDueDate()).isEqualTo(TODAY.minusDays(1).plusMonths(1));
        assertThat(t.lastDoneOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(t.awaitingDone()).isFalse();
        assertThat(t.dueCheck(TODAY)).isNull();
        assertThat(t.dueCheck(done.nextDueDate().minusDays(7))).isNotNull();
    }

    @Test
    void anEditReschedulesAnUnannouncedCycleButKeepsTheDueDateOfAnAnnouncedOne() {
        MaintenanceTask t = MaintenanceTask.create(aircon(null), filter(null, 6, TODAY.minusMonths(1), 10), TODAY, CLOCK);
        t.edit(new MaintenanceTask.Details("フィルター交換", null, 2, null, 5, 3), TODAY, CLOCK);
        assertThat(t.name()).isEqualTo("フィルター交換");
        assertThat(t.nextDueOn()).isEqualTo(TODAY.minusMonths(1).plusMonths(2));
        assertThat(t.notifyOn()).isEqualTo(t.nextDueOn().minusDays(5));
        assertThat(t.weight()).isEqualTo(3);

        // Never done: the cycle keeps its start (here the day it was added).
        MaintenanceTask fresh = MaintenanceTask.create(aircon(null), filter(30, null, null, 0), TODAY, CLOCK);
        fresh.edit(filter(10, null, null, 0), TODAY, CLOCK);
        assertThat(fresh.nextDueOn()).isEqualTo(TODAY.plusDays(10));

        LocalDate due = t.nextDueOn();
        assertThat(t.dueCheck(due.minusDays(5))).isNotNull();
        t.edit(new MaintenanceTask.Details("フィルター交換", 7, null, null, 1, 3), due.minusDays(5), CLOCK);
        assertThat(t.nextDueOn()).isEqualTo(due);
        assertThat(t.awaitingDone()).isTrue();
        assertThat(t.markDone(due, KEN, due, CLOCK).nextDueDate()).isEqualTo(due.plusDays(7));
    }

    @Test
    void doneCannotBeInTheFutureNorBeforeTheLastTime() {
        MaintenanceTask t = MaintenanceTask.create(aircon(null), filter(30, null, TODAY.minusDays(5), null), TODAY, CLOCK);
        assertThatThrownBy(() -> t.markDone(TODAY.plusDays(1), KEN, TODAY, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("doneOn"));
        assertThatThrownBy(() -> t.markDone(TODAY.minusDays(6), KEN, TODAY, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.code()).isEqualTo("maintenance.doneBeforeLast"));
    }

    @Test
    void theIntervalIsEitherDaysOrMonths() {
        Equipment ac = aircon(null);
        assertThatThrownBy(() -> MaintenanceTask.create(ac, filter(null, null, null, null), TODAY, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.code()).isEqualTo("maintenance.oneInterval"));
        assertThatThrownBy(() -> MaintenanceTask.create(ac, filter(10, 1, null, null), TODAY, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.code()).isEqualTo("maintenance.oneInterval"));
        assertThatThrownBy(() -> MaintenanceTask.create(ac, filter(0, null, null, null), TODAY, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("intervalDays"));
        assertThatThrownBy(() -> MaintenanceTask.create(ac, filter(10, null, TODAY.plusDays(1), null), TODAY, CLOCK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("lastDone"));
    }
}
