package jp.kajimaru.events.rotation;

import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * Every task one planning pass moved to another member (a member joined or left, became busy, an admin regenerated):
 * one event instead of one TaskReassigned per task. The tasks it lists are not announced one by one; a move made by a
 * person (an admin's pin, a substitute accepting) still is (docs/adr/0016).
 */
public record TasksReassigned(
        UUID householdId,
        ReassignReason reason,
        List<TaskMove> moves) implements DomainEvent {
}
