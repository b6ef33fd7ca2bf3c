package jp.kajimaru.events.inventory;

import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** Maintenance of a piece of equipment falls due on {@code dueDate}. */
public record MaintenanceDue(
        UUID householdId,
        UUID maintenanceTaskId,
        UUID equipmentId,
        String equipmentName,
        String taskName,
        LocalDate dueDate) implements DomainEvent {
}
