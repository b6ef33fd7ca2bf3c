package jp.kajimaru.rotation.task;

import java.util.Set;
import java.util.UUID;

import jp.kajimaru.events.rotation.CloseReason;

/**
 * Raised inside the transaction in which tasks were done ({@code TASK_DONE}), removed or moved away from their holder
 * ({@code TASK_REMOVED}): a request to hand one of them over has become moot. The task feature announces it without
 * knowing who keeps such requests (the substitute feature listens), so the two never depend on each other both ways.
 * A planning pass that moves many tasks raises one for all of them: their requests are then looked up in one query,
 * not one each (each of those flushed the pass's pending changes first; bench/results/pipeline-cost.md).
 */
public record TaskHandoverMoot(UUID householdId, Set<UUID> taskIds, CloseReason reason) {

    public TaskHandoverMoot {
        taskIds = Set.copyOf(taskIds);
    }

    public TaskHandoverMoot(UUID householdId, UUID taskId, CloseReason reason) {
        this(householdId, Set.of(taskId), reason);
    }
}
