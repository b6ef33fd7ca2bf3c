package jp.kajimaru.rotation.chore;

import java.util.UUID;

/**
 * Raised inside the transaction that created, edited or deleted a chore, so that the roster can make its open
 * future tasks follow without the chore feature knowing about planning.
 */
public record ChoreChanged(UUID householdId, UUID choreId) {
}
