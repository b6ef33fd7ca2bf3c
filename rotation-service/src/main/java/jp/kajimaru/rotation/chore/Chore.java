package jp.kajimaru.rotation.chore;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A household's recurring chore. Weight 1 (light) … 5 (heavy); candidates empty = everyone eligible. It occurs from
 * {@code startsOn} on, and an every-N-days schedule counts from that day.
 */
public record Chore(UUID id, UUID householdId, String name, int weight, Schedule schedule, LocalTime dueTime,
                    String minimumRole, boolean active, List<UUID> candidateMemberIds, LocalDate startsOn) {

    public Chore {
        if (weight < 1 || weight > 5) {
            throw new IllegalArgumentException("weight must be 1..5, was " + weight);
        }
        candidateMemberIds = List.copyOf(candidateMemberIds);
        java.util.Objects.requireNonNull(startsOn, "startsOn");
    }

    public boolean occursOn(LocalDate day) {
        return !day.isBefore(startsOn) && schedule.occursOn(day, startsOn);
    }
}
