package jp.kajimaru.events.inventory;

import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * Maintenance was carried out.
 *
 * @param doneByMemberId who did it, or {@code null} when done by an outside party
 * @param nextDueDate    when it is due again, or {@code null} for one-off maintenance
 */
public record MaintenanceDone(
        UUID householdId,
        UUID maintenanceTaskId,
        UUID equipmentId,
        LocalDate doneOn,
        UUID doneByMemberId,
        LocalDate nextDueDate) implements DomainEvent {
}
