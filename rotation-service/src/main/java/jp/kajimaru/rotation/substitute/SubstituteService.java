package jp.kajimaru.rotation.substitute;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.SubstituteAccepted;
import jp.kajimaru.events.rotation.SubstituteClosed;
import jp.kajimaru.events.rotation.SubstituteRequested;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.rotation.assignment.FairRotation;
import jp.kajimaru.rotation.assignment.Occurrence;
import jp.kajimaru.rotation.assignment.Role;
import jp.kajimaru.rotation.chore.Chore;
import jp.kajimaru.rotation.chore.ChoreRepository;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskRepository;
import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 代役: a member asks for someone to take one of their open tasks (any future day, optional note); any
 * other member who may do that chore that day may accept with one tap, and the first accept wins — the request
 * row moves from OPEN exactly once, and only while the task is still open and still the requester's. The task
 * then belongs to the substitute, who gets its credit in the fairness ledger. Requests expire at the task's due
 * time and close when the task is done, removed or moved to someone else.
 */
@Service
public class SubstituteService {

    private final SubstituteRepository requests;
    private final TaskRepository tasks;
    private final ChoreRepository chores;
    private final HouseholdReplica replica;
    private final OutboxWriter outbox;
    private final Clock clock;

    SubstituteService(SubstituteRepository requests, TaskRepository tasks, ChoreRepository chores, HouseholdReplica replica,
                      OutboxWriter outbox, Clock clock) {
        this.requests = requests;
        this.tasks = tasks;
        this.chores = chores;
        this.replica = replica;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SubstituteRequest request(CurrentMember caller, UUID taskId, String note) {
        Task t = tasks.findForUpdate(caller.householdId(), taskId).orElseThrow(() -> new NotFoundException("Task"));
        if (!caller.memberId().equals(t.assigneeMemberId())) {
            throw new ForbiddenException("Only the assignee can ask for a substitute.");
        }
        Instant now = clock.instant();
        if (!t.open() || !t.dueAt().isAfter(now)) {
            throw new ConflictException("taskId", "Only an open task that is not yet due can be handed over.");
        }
        if (requests.openFor(taskId)) {
            throw new ConflictException("taskId", "There is already an open request for this task.");
        }
        UUID id = UUID.randomUUID();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        requests.insert(id, caller.householdId(), taskId, caller.memberId(), cleanNote, now, t.dueAt());
        outbox.publish(id.toString(), new SubstituteRequested(caller.householdId(), id, taskId, t.choreName(), t.date(),
                caller.memberId(), cleanNote, t.dueAt()));
        return get(caller, id);
    }

    @Transactional(readOnly = true)
    public List<SubstituteRequest> recent(CurrentMember caller) {
        return requests.recent(caller.householdId(), 100);
    }

    @Transactional(readOnly = true)
    public SubstituteRequest get(CurrentMember caller, UUID id) {
        return requests.find(caller.householdId(), id).orElseThrow(() -> new NotFoundException("Substitute request"));
    }

    @Transactional
    public SubstituteRequest accept(CurrentMember caller, UUID id) {
        SubstituteRequest r = get(caller, id);
        if (r.requesterMemberId().equals(caller.memberId())) {
            throw new ConflictException("id", "You cannot take over your own task.");
        }
        // Household, task, then request: the order planning takes them in (it moves tasks, then closes requests).
        replica.lockForPlanning(caller.householdId());
        Task t = tasks.findForUpdate(caller.householdId(), r.taskId()).orElseThrow(() -> new NotFoundException("Task"));
        if (!t.open() || !r.requesterMemberId().equals(t.assigneeMemberId())) {
            throw new ConflictException("id", "The task is done or no longer held by who asked.");
        }
        if (!eligible(caller.householdId(), caller.memberId(), t)) {
            throw new ForbiddenException("You cannot take this chore on that day (not a candidate, role or busy).");
        }
        Instant now = clock.instant();
        if (!requests.accept(caller.householdId(), id, caller.memberId(), now)) {
            throw new ConflictException("id", "Someone else was quicker, or the request is no longer open.");
        }
        tasks.pin(t.id(), caller.memberId(), "{\"rule\":\"substitute accepted\"}");
        outbox.publish(id.toString(), new SubstituteAccepted(caller.householdId(), id, t.id(), r.requesterMemberId(),
                caller.memberId()));
        outbox.publish(t.id().toString(), new TaskReassigned(caller.householdId(), t.id(), t.choreId(), t.choreName(),
                t.date(), t.assigneeMemberId(), caller.memberId(), ReassignReason.SUBSTITUTE));
        return get(caller, id);
    }

    private boolean eligible(UUID householdId, UUID memberId, Task t) {
        HouseholdReplica.Member member = replica.activeMembers(householdId).stream().filter(m -> m.id().equals(memberId))
                .findFirst().orElse(null);
        Chore chore = chores.find(householdId, t.choreId()).orElse(null);
        if (member == null || chore == null) {
            return false;
        }
        String zone = replica.household(householdId).map(HouseholdReplica.Household::timeZone).orElse("UTC");
        Occurrence o = new Occurrence(t.id(), t.choreId(), t.choreName(), t.date(), t.weight(),
                Set.copyOf(chore.candidateMemberIds()), chore.minimumRole() == null ? null : Role.valueOf(chore.minimumRole()));
        return FairRotation.whyNot(member.info(ZoneId.of(zone)), o) == null;
    }

    @Transactional
    public void withdraw(CurrentMember caller, UUID id) {
        SubstituteRequest r = get(caller, id);
        if (!r.requesterMemberId().equals(caller.memberId()) && !caller.isAdmin()) {
            throw new ForbiddenException("Only who asked (or an admin) can withdraw the request.");
        }
        if (!requests.close(id, SubstituteRequest.Status.WITHDRAWN, clock.instant())) {
            throw new ConflictException("id", "The request is no longer open.");
        }
        outbox.publish(id.toString(), new SubstituteClosed(caller.householdId(), id, r.taskId(), CloseReason.WITHDRAWN));
    }

    /**
     * Ends the hunt for a substitute: the task was done ({@code TASK_DONE}), or removed or moved away from the one who
     * asked ({@code TASK_REMOVED}).
     */
    @Transactional
    public void closeForTask(UUID householdId, UUID taskId, CloseReason reason) {
        for (UUID id : requests.openForTaskIds(taskId)) {
            if (requests.close(id, SubstituteRequest.Status.CLOSED, clock.instant())) {
                outbox.publish(id.toString(), new SubstituteClosed(householdId, id, taskId, reason));
            }
        }
    }

    /** Closes requests whose task is due; called on a schedule, safe on several replicas. */
    @Transactional
    public int expire() {
        int n = 0;
        Instant now = clock.instant();
        for (SubstituteRequest r : requests.expired(now, 200)) {
            if (requests.close(r.id(), SubstituteRequest.Status.EXPIRED, now)) {
                UUID household = tasks.householdOf(r.taskId());
                outbox.publish(r.id().toString(), new SubstituteClosed(household, r.id(), r.taskId(), CloseReason.EXPIRED));
                n++;
            }
        }
        return n;
    }
}
