package jp.kajimaru.events.rotation;

import java.util.UUID;

/** One member's part of a roster; {@code weightedLoad} sums the task weights. */
public record RosterShare(UUID memberId, int taskCount, int weightedLoad) {
}
