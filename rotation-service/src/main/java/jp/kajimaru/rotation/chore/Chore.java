package jp.kajimaru.rotation.chore;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A household's recurring chore. Weight 1 (light) … 5 (heavy); candidates empty = everyone eligible. */
public record Chore(UUID id, UUID householdId, String name, int weight, Schedule schedule, LocalTime dueTime,
                    String minimumRole, boolean active, List<UUID> candidateMemberIds) {

    public Chore {
        if (weight < 1 || weight > 5) {
            throw new IllegalArgumentException("weight must be 1..5, was " + weight);
        }
        candidateMemberIds = List.copyOf(candidateMemberIds);
    }
}
