package jp.kajimaru.rotation.chore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.rotation.household.HouseholdReplica;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A household's chores; admins change them, everyone reads them. Every change is announced as {@link ChoreChanged}. */
@Service
public class ChoreService {

    private final ChoreRepository chores;
    private final HouseholdReplica replica;
    private final Clock clock;
    private final ApplicationEventPublisher changes;

    ChoreService(ChoreRepository chores, HouseholdReplica replica, Clock clock, ApplicationEventPublisher changes) {
        this.chores = chores;
        this.replica = replica;
        this.clock = clock;
        this.changes = changes;
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
        Chore chore = toChore(UUID.randomUUID(), caller.householdId(), r, true, today(caller.householdId()));
        chores.insert(chore, clock.instant());
        changes.publishEvent(new ChoreChanged(chore.householdId(), chore.id()));
        return chore;
    }

    @Transactional
    public Chore update(CurrentMember caller, UUID id, ChoreRequest r) {
        caller.requireAdmin();
        Chore existing = get(caller, id);
        Chore chore = toChore(existing.id(), caller.householdId(), r, existing.active(), existing.startsOn());
        chores.update(chore);
        changes.publishEvent(new ChoreChanged(chore.householdId(), chore.id()));
        return chore;
    }

    @Transactional
    public void delete(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        if (!chores.delete(caller.householdId(), id)) {
            throw new NotFoundException("Chore");
        }
        changes.publishEvent(new ChoreChanged(caller.householdId(), id));
    }

    private LocalDate today(UUID householdId) {
        String zone = replica.household(householdId).map(HouseholdReplica.Household::timeZone).orElse("UTC");
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    private Chore toChore(UUID id, UUID householdId, ChoreRequest r, boolean activeByDefault, LocalDate startsByDefault) {
        Schedule schedule = r.schedule().toSchedule();
        if (schedule == null) {
            throw new InvalidFieldException("schedule", "chore.schedule", "The schedule needs its days, interval or day of month.");
        }
        List<UUID> candidates = r.candidateMemberIds() == null ? List.of() : r.candidateMemberIds();
        Set<UUID> seen = new HashSet<>();
        for (UUID candidate : candidates) {
            if (candidate == null) {
                throw new InvalidFieldException("candidateMemberIds", "chore.candidates", "A candidate is empty.");
            }
            if (!seen.add(candidate)) {
                throw new InvalidFieldException("candidateMemberIds", "chore.candidates", "A candidate is listed twice.");
            }
        }
        if (!candidates.isEmpty() && !replica.allMembersOf(householdId, candidates)) {
            throw new InvalidFieldException("candidateMemberIds", "chore.candidates", "Unknown member in the candidates.");
        }
        LocalDate startsOn = r.startsOn() == null ? startsByDefault : r.startsOn();
        if (Math.abs(startsOn.toEpochDay() - today(householdId).toEpochDay()) > 3660) {
            throw new InvalidFieldException("startsOn", "chore.startsOn", "The start must be within ten years of today.");
        }
        return new Chore(id, householdId, r.name().strip(), r.weight(), schedule, r.dueTime(), r.minimumRole(),
                r.active() == null ? activeByDefault : r.active(), List.copyOf(candidates), startsOn);
    }
}
