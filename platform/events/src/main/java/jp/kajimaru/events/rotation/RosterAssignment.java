package jp.kajimaru.events.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One task of a roster and who holds it when the roster is first announced: what a TaskAssigned would say. */
public record RosterAssignment(
        UUID taskId,
        UUID choreId,
        String choreName,
        LocalDate date,
        Instant dueAt,
        int weight,
        UUID assigneeMemberId) {

    /** The same assignment as a single event says it, so a consumer handles both one way. */
    public TaskAssigned asTaskAssigned(UUID householdId) {
        return new TaskAssigned(householdId, taskId, choreId, choreName, date, dueAt, weight, assigneeMemberId);
    }
}
