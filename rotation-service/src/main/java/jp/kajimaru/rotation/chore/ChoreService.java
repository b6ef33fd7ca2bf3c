package jp.kajimaru.rotation.chore;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.web.problem.InvalidFieldException;
import jp.kajimaru.web.problem.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A household's chores; admins change them, everyone reads them. */
@Service
public class ChoreService {

    private final ChoreRepository chores;
    private final HouseholdReplica replica;
    private final Clock clock;

    ChoreService(ChoreRepository chores, HouseholdReplica replica, Clock clock) {
        this.chores = chores;
        this.replica = replica;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Chore> list(CurrentMember caller) {
        return chores.inHousehold(caller.householdId());
    }

    @Transactional(readOnly = true)
    public Chore get(CurrentMember caller, UUID id) {
        return chores.find(caller.householdId(), id).orElseThrow(() -> new NotFoundException("Chore"));
    }

    @Transactional
    public Chore create(CurrentMember caller, ChoreRequest r) {
        caller.requireAdmin();
        Chore chore = toChore(UUID.randomUUID(), caller.householdId(), r, true);
        chores.insert(chore, clock.instant());
        return chore;
    }

    @Transactional
    public Chore update(CurrentMember caller, UUID id, ChoreRequest r) {
        caller.requireAdmin();
        Chore existing = get(caller, id);
        Chore chore = toChore(existing.id(), caller.householdId(), r, existing.active());
        chores.update(chore);
        return chore;
    }

    @Transactional
    public void delete(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        if (!chores.delete(caller.householdId(), id)) {
            throw new NotFoundException("Chore");
        }
    }

    private Chore toChore(UUID id, UUID householdId, ChoreRequest r, boolean activeByDefault) {
        Schedule schedule = r.schedule().toSchedule();
        if (schedule == null) {
            throw new InvalidFieldException("schedule", "chore.schedule", "The schedule needs its days, interval or day of month.");
        }
        List<UUID> candidates = r.candidateMemberIds() == null ? List.of() : List.copyOf(r.candidateMemberIds());
        if (!candidates.isEmpty() && !replica.allMembersOf(householdId, candidates)) {
            throw new InvalidFieldException("candidateMemberIds", "chore.candidates", "Unknown member in the candidates.");
        }
        return new Chore(id, householdId, r.name().strip(), r.weight(), schedule, r.dueTime(), r.minimumRole(),
                r.active() == null ? activeByDefault : r.active(), candidates);
    }
}
