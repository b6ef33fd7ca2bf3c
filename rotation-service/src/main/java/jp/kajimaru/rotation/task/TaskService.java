package jp.kajimaru.rotation.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TaskReopened;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.substitute.SubstituteService;
import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, completing, undoing and (by an admin) reassigning tasks. */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final HouseholdReplica replica;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final SubstituteService substitutes;

    TaskService(TaskRepository tasks, HouseholdReplica replica, OutboxWriter outbox, Clock clock,
                SubstituteService substitutes) {
        this.substitutes = substitutes;
        this.tasks = tasks;
        this.replica = replica;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskView> between(CurrentMember caller, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() > 62) {
            throw new InvalidFieldException("to", "tasks.range", "Ask for at most 62 days, ending after they start.");
        }
        Map<UUID, String> names = memberNames(caller.householdId());
        Instant now = clock.instant();
        return tasks.between(caller.householdId(), from, to).stream().map(t -> TaskView.of(t, names, now)).toList();
    }

    /**
     * The assignee or an admin marks it done. The task records who pressed "done" (completedBy) and keeps whom it was
     * done for (the assignee), who gets the credit in the fairness ledger.
     */
    @Transactional
    public TaskView complete(CurrentMember caller, UUID id) {
        Task t = tasks.findForUpdate(caller.householdId(), id).orElseThrow(() -> new NotFoundException("Task"));
        if (!caller.isAdmin() && !caller.memberId().equals(t.assigneeMemberId())) {
            throw new ForbiddenException("Only the assignee or an admin can complete this task.");
        }
        if (!t.open()) {
            return view(caller, t);
        }
        Instant now = clock.instant();
        tasks.complete(id, caller.memberId(), now);
        substitutes.closeForTask(caller.householdId(), id, CloseReason.TASK_DONE);
        outbox.publish(id.toString(), new TaskCompleted(caller.householdId(), id, t.choreId(), t.choreName(), t.date(),
                t.assigneeMemberId(), caller.memberId(), now, null));
        return view(caller, tasks.find(caller.householdId(), id).orElseThrow());
    }

    @Transactional
    public TaskView reopen(CurrentMember caller, UUID id) {
        Task t = tasks.findForUpdate(caller.householdId(), id).orElseThrow(() -> new NotFoundException("Task"));
        if (!caller.isAdmin() && !caller.memberId().equals(t.completedBy()) && !caller.memberId().equals(t.assigneeMemberId())) {
            throw new ForbiddenException("Only who completed it, the assignee or an admin can undo this.");
        }
        if (t.open()) {
            return view(caller, t);
        }
        tasks.reopen(id);
        outbox.publish(id.toString(), new TaskReopened(caller.householdId(), id, t.choreId(), t.date(), caller.memberId()));
        return view(caller, tasks.find(caller.householdId(), id).orElseThrow());
    }

    /** An admin gives one occurrence to someone and pins it, so later re-planning leaves it alone. */
    @Transactional
    public TaskView reassign(CurrentMember caller, UUID id, UUID memberId) {
        caller.requireAdmin();
        replica.lockForPlanning(caller.householdId());
        Task t = tasks.findForUpdate(caller.householdId(), id).orElseThrow(() -> new NotFoundException("Task"));
        if (!t.open()) {
            throw new ConflictException("id", "A completed task cannot be reassigned; undo it first.");
        }
        if (!replica.allMembersOf(caller.householdId(), List.of(memberId))) {
            throw new InvalidFieldException("memberId", "task.member", "Unknown member.");
        }
        if (!memberId.equals(t.assigneeMemberId())) {
            substitutes.closeForTask(caller.householdId(), id, CloseReason.TASK_REMOVED);
        }
        tasks.pin(id, memberId, "{\"rule\":\"pinned by an admin\"}");
        outbox.publish(id.toString(), new TaskReassigned(caller.householdId(), id, t.choreId(), t.choreName(), t.date(),
                t.assigneeMemberId(), memberId, ReassignReason.ADMIN));
        return view(caller, tasks.find(caller.householdId(), id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public String explanation(CurrentMember caller, UUID id) {
        tasks.find(caller.householdId(), id).orElseThrow(() -> new NotFoundException("Task"));
        String why = tasks.explanation(caller.householdId(), id);
        return why == null ? "{}" : why;
    }

    private TaskView view(CurrentMember caller, Task t) {
        return TaskView.of(t, memberNames(caller.householdId()), clock.instant());
    }

    Map<UUID, String> memberNames(UUID householdId) {
        return replica.activeMembers(householdId).stream()
                .collect(Collectors.toMap(HouseholdReplica.Member::id, HouseholdReplica.Member::displayName));
    }
}
