package jp.kajimaru.events.rotation;

import java.time.LocalDate;
import java.util.UUID;

/** One task of a {@link TasksReassigned}: what a TaskReassigned would say, less what the whole pass shares. */
public record TaskMove(
        UUID taskId,
        UUID choreId,
        String choreName,
        LocalDate date,
        UUID fromMemberId,
        UUID toMemberId) {

    /** The same move as a single event says it, so a consumer handles both one way. */
    public TaskReassigned asTaskReassigned(UUID householdId, ReassignReason reason) {
        return new TaskReassigned(householdId, taskId, choreId, choreName, date, fromMemberId, toMemberId, reason);
    }
}
