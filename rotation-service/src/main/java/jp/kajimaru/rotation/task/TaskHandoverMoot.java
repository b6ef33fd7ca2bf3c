package jp.kajimaru.rotation.task;

import java.util.UUID;

import jp.kajimaru.events.rotation.CloseReason;

/**
 * Raised inside the transaction in which a task was done ({@code TASK_DONE}), removed or moved away from its holder
 * ({@code TASK_REMOVED}): a request to hand it over has become moot. The task feature announces it without knowing
 * who keeps such requests (the substitute feature listens), so the two never depend on each other both ways.
 */
public record TaskHandoverMoot(UUID householdId, UUID taskId, CloseReason reason) {
}
