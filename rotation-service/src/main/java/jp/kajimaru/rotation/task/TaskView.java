package jp.kajimaru.rotation.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task as the API shows it, with names resolved and whether it is overdue; {@code origin} ROSTER, ONE_OFF or
 * MAINTENANCE (then {@code choreId} is the maintenance task's id and {@code choreName} "equipment: task").
 */
public record TaskView(UUID id, UUID choreId, String choreName, LocalDate date, Instant dueAt, int weight,
                       UUID assigneeMemberId, String assigneeName, String status, boolean overdue, boolean pinned,
                       Instant completedAt, UUID completedBy, String origin) {

    public static TaskView of(Task t, java.util.Map<UUID, String> names, Instant now) {
        return new TaskView(t.id(), t.choreId(), t.choreName(), t.date(), t.dueAt(), t.weight(), t.assigneeMemberId(),
                t.assigneeMemberId() == null ? null : names.get(t.assigneeMemberId()), t.status().name(),
                t.overdue(now), t.pinned(), t.completedAt(), t.completedBy(), t.origin().name());
    }
}
