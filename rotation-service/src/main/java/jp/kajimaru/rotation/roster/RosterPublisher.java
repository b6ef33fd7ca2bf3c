package jp.kajimaru.rotation.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.rotation.RosterAssignment;
import jp.kajimaru.events.rotation.RosterPublishedV2;
import jp.kajimaru.events.rotation.RosterShare;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskMove;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TasksReassigned;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.rotation.task.Task;
import org.springframework.stereotype.Component;

/**
 * The last step of planning: writes what a planning pass has to announce. A period's roster (RosterPublished v2) is
 * announced once, when it first has assignees, and carries every assignment: the pass's TaskAssigned events are then
 * left out, one event instead of one per task (docs/adr/0015). Later assignments in the period go out one by one. The
 * tasks a pass moves from one member to another go out together as one TasksReassigned (docs/adr/0016).
 */
@Component
class RosterPublisher {

    private final OutboxWriter outbox;

    RosterPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** A task's event from the planning pass, keyed by the task. */
    record TaskEvent(UUID taskId, DomainEvent event) {
    }

    void announce(UUID householdId, RosterPeriod period, List<Task> all, List<TaskEvent> pass, Instant now) {
        Optional<RosterPublishedV2> roster = period.publish(roster(householdId, period.period(), all), now);
        List<TaskReassigned> moved = new ArrayList<>();
        for (TaskEvent e : pass) {
            if (e.event() instanceof TaskReassigned r) {
                moved.add(r);
            } else if (roster.isEmpty() || !(e.event() instanceof TaskAssigned)) {
                outbox.publish(e.taskId().toString(), e.event());
            }
        }
        moves(householdId, moved).ifPresent(m -> outbox.publish(householdId.toString(), m));
        roster.ifPresent(r -> outbox.publish(householdId.toString(), r));
    }

    /** One pass plans with one reason, so the moves share it. */
    static Optional<TasksReassigned> moves(UUID householdId, List<TaskReassigned> moved) {
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TasksReassigned(householdId, moved.get(0).reason(), moved.stream()
                .map(r -> new TaskMove(r.taskId(), r.choreId(), r.choreName(), r.date(), r.fromMemberId(), r.toMemberId()))
                .toList()));
    }

    static RosterPublishedV2 roster(UUID householdId, Period period, List<Task> all) {
        Map<UUID, int[]> shares = new HashMap<>();
        List<RosterAssignment> assignments = new ArrayList<>();
        for (Task t : all) {
            if (t.assigneeMemberId() != null) {
                int[] s = shares.computeIfAbsent(t.assigneeMemberId(), k -> new int[2]);
                s[0]++;
                s[1] += t.weight();
                assignments.add(new RosterAssignment(t.id(), t.choreId(), t.choreName(), t.date(), t.dueAt(), t.weight(),
                        t.assigneeMemberId()));
            }
        }
        List<RosterShare> list = new ArrayList<>();
        shares.forEach((m, s) -> list.add(new RosterShare(m, s[0], s[1])));
        list.sort(Comparator.comparing(RosterShare::memberId));
        return new RosterPublishedV2(householdId, period.start(), period.end(), all.size(), list, assignments);
    }
}
