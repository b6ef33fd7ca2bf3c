package jp.kajimaru.rotation.chore;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A chore as the API shows it; {@code kind} is a key from {@link ChoreKinds} or null. */
public record ChoreView(UUID id, UUID householdId, String name, int weight, Schedule schedule, LocalTime dueTime,
                        String minimumRole, boolean active, List<UUID> candidateMemberIds, LocalDate startsOn,
                        String kind) {

    static ChoreView of(Chore c) {
        return new ChoreView(c.id(), c.householdId(), c.name(), c.weight(), c.schedule(), c.dueTime(), c.minimumRole(),
                c.active(), c.candidateMemberIds(), c.startsOn(), c.kind());
    }
}
