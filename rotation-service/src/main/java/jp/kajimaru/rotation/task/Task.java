package jp.kajimaru.rotation.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One occurrence of a chore on a day, with its assignee and whether it is done. */
public record Task(UUID id, UUID householdId, UUID choreId, String choreName, LocalDate date, Instant dueAt, int weight,
                   LocalDate periodStart, UUID assigneeMemberId, boolean pinned, Status status, Instant completedAt,
                   UUID completedBy, Instant overdueAt) {

    public enum Status { OPEN, DONE }

    public boolean open() {
        return status == Status.OPEN;
    }
}
