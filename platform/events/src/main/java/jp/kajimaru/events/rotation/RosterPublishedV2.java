package jp.kajimaru.events.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * Version 2 of RosterPublished: the period's roster with every assignment in it. The tasks it lists are not announced
 * one by one (no TaskAssigned for them); a task assigned later in the period is (docs/adr/0015).
 */
public record RosterPublishedV2(
        UUID householdId,
        LocalDate periodStart,
        LocalDate periodEnd,
        int taskCount,
        List<RosterShare> shares,
        List<RosterAssignment> assignments) implements DomainEvent {
}
