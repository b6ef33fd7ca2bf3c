package jp.kajimaru.rotation.chore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.rotation.household.HouseholdReplica;
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
    public List<ChoreView> list(CurrentMember caller) {
        return chores.findByHouseholdIdOrderByPositionAscCreatedAtAscNameAsc(caller.householdId()).stream()
                .map(ChoreView::of).toList();
    }

    @Transactional(readOnly = true)
    public ChoreView get(CurrentMember caller, UUID id) {
        return ChoreView.of(find(caller, id));
    }

    @Transactional
    public ChoreView create(CurrentMember caller, ChoreRequest r) {
        caller.requireAdmin();
        UUID householdId = caller.householdId();
        Chore chore = new Chore(UUID.randomUUID(), householdId, r.name().strip(), r.weight(), schedule(r),
                r.dueTime(), r.minimumRole(), r.active() == null || r.active(), candidates(householdId, r),
                startsOn(householdId, r, today(householdId)));
        chore.place(chores.nextPosition(householdId), null, clock.instant());
        classify(chore, r);
        chores.save(chore);
        changes.publishEvent(new ChoreChanged(householdId, chore.id()));
        return ChoreView.of(chore);
    }

    @Transactional
    public ChoreView update(CurrentMember caller, UUID id, ChoreRequest r) {
        caller.requireAdmin();
        Chore chore = find(caller, id);
        UUID householdId = caller.householdId();
        chore.redefine(r.name().strip(), r.weight(), schedule(r), r.dueTime(), r.minimumRole(),
                r.active() == null ? chore.active() : r.active(), candidates(householdId, r),
                startsOn(householdId, r, chore.startsOn()));
        classify(chore, r);
        chores.flush();
        changes.publishEvent(new ChoreChanged(householdId, chore.id()));
        return ChoreView.of(chore);
    }

    @Transactional
    public void delete(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        chores.delete(find(caller, id));
        chores.flush();
        changes.publishEvent(new ChoreChanged(caller.householdId(), id));
    }

    /** The starter set, once per household: a redelivered HouseholdCreated adds nothing. */
    @Transactional
    public void addDefaults(UUID householdId, String locale, LocalDate startsOn, Instant now) {
        // One read of what is there, then the missing ones written in one batch at the flush: asking per chore made
        // each question flush the previous insert, 22 round trips of a new household's ~45 (MariaDB general log).
        Set<String> given = chores.defaultKeysOf(householdId);
        for (DefaultChores.DefaultChore d : DefaultChores.forHousehold(householdId, locale, startsOn)) {
            if (!given.contains(d.key())) {
                chores.save(d.placed(now));
            }
        }
    }

    private Chore find(CurrentMember caller, UUID id) {
        return chores.findByIdAndHouseholdId(id, caller.householdId()).orElseThrow(() -> new NotFoundException("Chore"));
    }

    private LocalDate today(UUID householdId) {
        return replica.household(householdId).map(h -> h.today(clock))
                .orElseGet(() -> LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }

    /** Absent keeps the chore's kind, "" clears it, a key sets it (ChoreRequest). */
    private static void classify(Chore chore, ChoreRequest r) {
        if (r.kind() != null) {
            chore.classify(r.kind().isEmpty() ? null : r.kind());
        }
    }

    /** Checked first, as the form shows it first. */
    private static Schedule schedule(ChoreRequest r) {
        Schedule schedule = r.schedule().toSchedule();
        if (schedule == null) {
            throw new InvalidFieldException("schedule", "chore.schedule", "The schedule needs its days, interval or day of month.");
        }
        return schedule;
    }

    private List<UUID> candidates(UUID householdId, ChoreRequest r) {
        List<UUID> candidates = Chore.distinctCandidates(r.candidateMemberIds() == null ? List.of() : r.candidateMemberIds());
        if (!candidates.isEmpty() && !replica.allMembersOf(householdId, candidates)) {
            throw new InvalidFieldException("candidateMemberIds", "chore.candidates", "Unknown member in the candidates.");
        }
        return candidates;
    }

    private LocalDate startsOn(UUID householdId, ChoreRequest r, LocalDate byDefault) {
        LocalDate startsOn = r.startsOn() == null ? byDefault : r.startsOn();
        if (Math.abs(startsOn.toEpochDay() - today(householdId).toEpochDay()) > 3660) {
            throw new InvalidFieldException("startsOn", "chore.startsOn", "The start must be within ten years of today.");
        }
        return startsOn;
    }
}
