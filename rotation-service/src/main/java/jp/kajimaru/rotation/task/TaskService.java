package jp.kajimaru.rotation.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.household.Member;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, completing, undoing and (by an admin) reassigning tasks; flagging them overdue. */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final HouseholdReplica replica;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final ApplicationEventPublisher handovers;

    TaskService(TaskRepository tasks, HouseholdReplica replica, OutboxWriter outbox, Clock clock,
                ApplicationEventPublisher handovers) {
        this.tasks = tasks;
        this.replica = replica;
        this.outbox = outbox;
        this.clock = clock;
        this.handovers = handovers;
    }

    @Transactional(readOnly = true)
    public List<TaskView> between(CurrentMember caller, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() > 62) {
            throw new InvalidFieldException("to", "tasks.range", "Ask for at most 62 days, ending after they start.");
        }
        Map<UUID, String> names = memberNames(caller.householdId());
        Instant now = clock.instant();
        return tasks.findByHouseholdIdAndDateBetweenOrderByDateAscWeightDescChoreNameAsc(caller.householdId(), from, to)
                .stream().map(t -> TaskView.of(t, names, now)).toList();
    }

    @Transactional
    public TaskView complete(CurrentMember caller, UUID id) {
        Task t = lock(caller, id);
        t.complete(caller.memberId(), caller.isAdmin(), clock.instant()).ifPresent(done -> {
            handovers.publishEvent(new TaskHandoverMoot(caller.householdId(), id, CloseReason.TASK_DONE));
            outbox.publish(id.toString(), done);
        });
        return view(caller, t);
    }

    @Transactional
    public TaskView reopen(CurrentMember caller, UUID id) {
        Task t = lock(caller, id);
        t.reopen(caller.memberId(), caller.isAdmin()).ifPresent(reopened -> outbox.publish(id.toString(), reopened));
        return view(caller, t);
    }

    /** An admin gives one occurrence to someone and pins it, so later re-planning leaves it alone. */
    @Transactional
    public TaskView reassign(CurrentMember caller, UUID id, UUID memberId) {
        caller.requireAdmin();
        replica.lockForPlanning(caller.householdId());
        Task t = lock(caller, id);
        if (t.open() && !replica.allMembersOf(caller.householdId(), List.of(memberId))) {
            throw new InvalidFieldException("memberId", "task.member", "Unknown member.");
        }
        boolean moves = !t.heldBy(memberId);
        if (moves && t.open()) {
            handovers.publishEvent(new TaskHandoverMoot(caller.householdId(), id, CloseReason.TASK_REMOVED));
        }
        TaskReassigned reassigned = t.pinTo(memberId, "{\"rule\":\"pinned by an admin\"}", ReassignReason.ADMIN);
        outbox.publish(id.toString(), reassigned);
        return view(caller, t);
    }

    @Transactional(readOnly = true)
    public String explanation(CurrentMember caller, UUID id) {
        Task t = tasks.findByIdAndHouseholdId(id, caller.householdId()).orElseThrow(() -> new NotFoundException("Task"));
        return t.explanation() == null ? "{}" : t.explanation();
    }

    /** The overdue check's cross-household scan: tasks past due not flagged yet, as (household, task) pairs. */
    @Transactional(readOnly = true)
    public List<TaskKey> newlyOverdue(int limit) {
        return tasks.findByStatusAndOverdueAtIsNullAndDueAtLessThanEqual(Task.Status.OPEN, clock.instant(), Limit.of(limit))
                .stream().map(t -> new TaskKey(t.householdId(), t.id())).toList();
    }

    /** Flags a task overdue and announces it once, however many replicas run the check (the row is locked). */
    @Transactional
    public void flagOverdue(TaskKey key) {
        tasks.lockByIdAndHouseholdId(key.taskId(), key.householdId())
                .flatMap(t -> t.markOverdue(clock.instant()))
                .ifPresent(overdue -> outbox.publish(key.taskId().toString(), overdue));
    }

    public record TaskKey(UUID householdId, UUID taskId) {
    }

    private Task lock(CurrentMember caller, UUID id) {
        return tasks.lockByIdAndHouseholdId(id, caller.householdId()).orElseThrow(() -> new NotFoundException("Task"));
    }

    private TaskView view(CurrentMember caller, Task t) {
        return TaskView.of(t, memberNames(caller.householdId()), clock.instant());
    }

    private Map<UUID, String> memberNames(UUID householdId) {
        return replica.activeMembers(householdId).stream().collect(Collectors.toMap(Member::id, Member::displayName));
    }
}
