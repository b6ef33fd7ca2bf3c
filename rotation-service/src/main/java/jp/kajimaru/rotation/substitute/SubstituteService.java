package jp.kajimaru.rotation.substitute;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.domain.ConflictException;
import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.rotation.assignment.FairRotation;
import jp.kajimaru.rotation.assignment.Occurrence;
import jp.kajimaru.rotation.assignment.Role;
import jp.kajimaru.rotation.chore.Chore;
import jp.kajimaru.rotation.chore.ChoreRepository;
import jp.kajimaru.rotation.household.Household;
import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.rotation.household.Member;
import jp.kajimaru.rotation.task.Task;
import jp.kajimaru.rotation.task.TaskRepository;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 代役: a member asks for someone to take one of their open tasks (any future day, optional note); any
 * other member who may do that chore that day may accept with one tap, and the first accept wins — the request
 * moves from OPEN exactly once, and only while the task is still open and still the requester's. The task
 * then belongs to the substitute, who gets its credit in the fairness ledger. Requests expire at the task's due
 * time and close when the task is done, removed or moved to someone else.
 */
@Service
public class SubstituteService {

    private final SubstituteRequestRepository requests;
    private final TaskRepository tasks;
    private final ChoreRepository chores;
    private final HouseholdReplica replica;
    private final OutboxWriter outbox;
    private final Clock clock;

    SubstituteService(SubstituteRequestRepository requests, TaskRepository tasks, ChoreRepository chores,
                      HouseholdReplica replica, OutboxWriter outbox, Clock clock) {
        this.requests = requests;
        this.tasks = tasks;
        this.chores = chores;
        this.replica = replica;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SubstituteRequestView request(CurrentMember caller, UUID taskId, String note) {
        Task t = tasks.lockByIdAndHouseholdId(taskId, caller.householdId()).orElseThrow(() -> new NotFoundException("Task"));
        boolean alreadyAsked = requests.existsByHouseholdIdAndTaskIdAndStatus(caller.householdId(), taskId,
                SubstituteRequest.Status.OPEN);
        SubstituteRequest r = requests.save(SubstituteRequest.ask(t, caller.memberId(), note, clock.instant(), alreadyAsked));
        outbox.publish(r.id().toString(), r.requested(t));
        return get(caller, r.id());
    }

    /** Open requests first, then the history. */
    @Transactional(readOnly = true)
    public List<SubstituteRequestView> recent(CurrentMember caller) {
        return requests.recent(caller.householdId(), PageRequest.of(0, 100));
    }

    @Transactional(readOnly = true)
    public SubstituteRequestView get(CurrentMember caller, UUID id) {
        return requests.view(caller.householdId(), id).orElseThrow(() -> new NotFoundException("Substitute request"));
    }

    @Transactional
    public SubstituteRequestView accept(CurrentMember caller, UUID id) {
        SubstituteRequestView asked = get(caller, id);
        if (asked.requesterMemberId().equals(caller.memberId())) {
            throw new ConflictException("id", "You cannot take over your own task.");
        }
        // Household, task, then request: the order planning takes them in (it moves tasks, then closes requests).
        replica.lockForPlanning(caller.householdId());
        Task t = tasks.lockByIdAndHouseholdId(asked.taskId(), caller.householdId())
                .orElseThrow(() -> new NotFoundException("Task"));
        if (!t.open() || !t.heldBy(asked.requesterMemberId())) {
            throw new ConflictException("id", "The task is done or no longer held by who asked.");
        }
        if (!eligible(caller.householdId(), caller.memberId(), t)) {
            throw new ForbiddenException("You cannot take this chore on that day (not a candidate, role or busy).");
        }
        SubstituteRequest r = requests.lockByIdAndHouseholdId(id, caller.householdId())
                .orElseThrow(() -> new NotFoundException("Substitute request"));
        var accepted = r.accept(caller.memberId(), clock.instant());
        var reassigned = t.pinTo(caller.memberId(), "{\"rule\":\"substitute accepted\"}", ReassignReason.SUBSTITUTE);
        requests.flush();
        outbox.publish(id.toString(), accepted);
        outbox.publish(t.id().toString(), reassigned);
        return get(caller, id);
    }

    private boolean eligible(UUID householdId, UUID memberId, Task t) {
        Member member = replica.member(householdId, memberId).filter(Member::active).orElse(null);
        Chore chore = chores.findByIdAndHouseholdId(t.choreId(), householdId).orElse(null);
        if (member == null || (chore == null && !t.choreless())) {
            return false;
        }
        var zone = replica.household(householdId).map(Household::zone).orElse(java.time.ZoneOffset.UTC);
        // A task without a chore (maintenance) is open to every member.
        Occurrence o = chore == null ? new Occurrence(t.id(), t.choreId(), t.choreName(), t.date(), t.weight(), Set.of(), null)
                : new Occurrence(t.id(), t.choreId(), t.choreName(), t.date(), t.weight(),
                Set.copyOf(chore.candidateMemberIds()), chore.minimumRole() == null ? null : Role.valueOf(chore.minimumRole()));
        return FairRotation.whyNot(member.info(zone), o) == null;
    }

    @Transactional
    public void withdraw(CurrentMember caller, UUID id) {
        SubstituteRequest r = requests.lockByIdAndHouseholdId(id, caller.householdId())
                .orElseThrow(() -> new NotFoundException("Substitute request"));
        outbox.publish(id.toString(), r.withdraw(caller.memberId(), caller.isAdmin(), clock.instant()));
    }

    /**
     * Ends the hunt for a substitute: the tasks were done ({@code TASK_DONE}), or removed or moved away from the one
     * who asked ({@code TASK_REMOVED}).
     */
    @Transactional
    public void closeForTasks(UUID householdId, Collection<UUID> taskIds, CloseReason reason) {
        Instant now = clock.instant();
        for (SubstituteRequest r : requests.findByHouseholdIdAndTaskIdInAndStatus(householdId, taskIds,
                SubstituteRequest.Status.OPEN)) {
            r.closeBecause(reason, now).ifPresent(closed -> outbox.publish(r.id().toString(), closed));
        }
    }

    /** Closes requests whose task is due; called on a schedule, safe on several replicas. */
    @Transactional
    public int expire() {
        int n = 0;
        Instant now = clock.instant();
        for (SubstituteRequest r : requests.findByStatusAndExpiresAtLessThanEqual(SubstituteRequest.Status.OPEN, now,
                Limit.of(200))) {
            var expired = r.expire(now);
            if (expired.isPresent()) {
                outbox.publish(r.id().toString(), expired.get());
                n++;
            }
        }
        return n;
    }
}
