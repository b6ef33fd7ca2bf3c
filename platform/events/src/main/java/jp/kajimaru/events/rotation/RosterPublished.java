package jp.kajimaru.events.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** The tasks for a period were generated; {@code shares} show how fairly they were spread. */
public record RosterPublished(
        UUID householdId,
        LocalDate periodStart,
        LocalDate periodEnd,
        int taskCount,
        List<RosterShare> shares) implements DomainEvent {
}
