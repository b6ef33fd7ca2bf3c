package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One chore on one day. Candidates empty = everyone; minimum role null = anyone. */
public record Occurrence(UUID id, UUID choreId, String choreName, LocalDate date, int weight, Set<UUID> candidates,
                         Role minimumRole) {

    public Occurrence {
        if (weight < 1 || weight > 5) {
            throw new IllegalArgumentException("weight must be 1–5, was " + weight);
        }
        candidates = Set.copyOf(candidates);
    }
}
