package jp.kajimaru.inventory.equipment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the equipment and maintenance API answers. */
public final class EquipmentViews {

    private EquipmentViews() {
    }

    /**
     * @param ageMonths whole months since purchase or installation, by the server's clock in the household's zone
     * @param nextDue   the soonest due date of its maintenance tasks, or null
     */
    public record EquipmentView(UUID id, EquipmentKind kind, String name, String location, LocalDate installedOn,
                                Long ageMonths, LocalDate nextDue, int taskCount, long version,
                                List<TaskView> maintenance) {
    }

    /**
     * @param upcoming    inside the lead window or overdue
     * @param overdue     past its due date
     * @param dueNotified MaintenanceDue has gone out for this due date (a chore may be open for it)
     */
    public record TaskView(UUID id, UUID equipmentId, String equipmentName, String name, Integer intervalDays,
                           Integer intervalMonths, LocalDate lastDone, UUID lastDoneBy, LocalDate nextDue, int leadDays,
                           int weight, boolean upcoming, boolean overdue, boolean dueNotified, long version) {

        static TaskView of(MaintenanceTask t, LocalDate today) {
            return new TaskView(t.id(), t.equipment().id(), t.equipment().name(), t.name(), t.intervalDays(),
                    t.intervalMonths(), t.lastDoneOn(), t.lastDoneBy(), t.nextDueOn(), t.leadDays(), t.weight(),
                    t.upcoming(today), today.isAfter(t.nextDueOn()), t.dueNotified(), t.version());
        }
    }
}
