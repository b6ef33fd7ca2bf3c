package jp.kajimaru.events.inventory;

import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * Maintenance of a piece of equipment falls due on {@code dueDate}.
 *
 * @param weight how heavy the job is, 1–5 like a chore's weight, or {@code null} when the producer predates the field
 *               (added to version 1 as an optional field, see
 *               {@code docs/adr/0008-optional-fields-on-inventory-events.md}); a consumer then picks its own default
 */
public record MaintenanceDue(
        UUID householdId,
        UUID maintenanceTaskId,
        UUID equipmentId,
        String equipmentName,
        String taskName,
        LocalDate dueDate,
        Integer weight) implements DomainEvent {

    /** The payload as it was before {@code weight}: unknown. */
    public MaintenanceDue(UUID householdId, UUID maintenanceTaskId, UUID equipmentId, String equipmentName,
                          String taskName, LocalDate dueDate) {
        this(householdId, maintenanceTaskId, equipmentId, equipmentName, taskName, dueDate, null);
    }
}
