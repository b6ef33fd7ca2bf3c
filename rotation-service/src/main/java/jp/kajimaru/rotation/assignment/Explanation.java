package jp.kajimaru.rotation.assignment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** "Why me": each eligible member's load before, the chosen one's load after, who was skipped and why. */
public record Explanation(Map<UUID, Double> loadBefore, double loadAfter, List<Skipped> skipped, String rule) {

    public enum Reason { BUSY, NOT_CANDIDATE, ROLE_TOO_LOW }

    public record Skipped(UUID memberId, Reason reason) {
    }
}
