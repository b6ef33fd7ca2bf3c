package jp.kajimaru.rotation.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.rotation.chore.ChoreService;
import jp.kajimaru.rotation.household.HouseholdReplica;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What user-service's news about households and members means here: the replica follows, a new household gets its
 * starter chores, and the roster is planned again where the change touches it. One method per event, each in the
 * consumer's (inbox) transaction.
 */
@Service
public class HouseholdChanges {

    private final HouseholdReplica replica;
    private final ChoreService chores;
    private final RosterPlanner roster;

    HouseholdChanges(HouseholdReplica replica, ChoreService chores, RosterPlanner roster) {
        this.replica = replica;
        this.chores = chores;
        this.roster = roster;
    }

    @Transactional
    public void created(HouseholdCreated h, Instant at) {
        replica.upsertHousehold(h.householdId(), h.timeZone(), h.locale(), h.rotationUnit().name(), at);
        LocalDate startsOn = at.atZone(ZoneId.of(h.timeZone())).toLocalDate();
        chores.addDefaults(h.householdId(), h.locale(), startsOn, at);
        // The founder's MemberJoined comes next (one transaction at user-service, one partition, keyed by household):
        // the first week is planned then, each task written once with its assignee. Planned now, it was written
        // without one and every task moved to the founder a moment later (an UPDATE each, shares recorded twice).
        if (h.adminMemberId() == null) {
            roster.ensureCurrent(h.householdId());
        }
    }

    @Transactional
    public void updated(HouseholdUpdated h, Instant at) {
        replica.upsertHousehold(h.householdId(), h.timeZone(), h.locale(), h.rotationUnit().name(), at);
        // A new unit or zone has its own current period.
        roster.ensureCurrent(h.householdId());
    }

    @Transactional
    public void memberJoined(MemberJoined m, Instant at) {
        replica.upsertMember(m.memberId(), m.householdId(), m.displayName(), m.role(), at);
        // A new member takes a fair part of what is still open from today on (one pass: the re-plan also plans the
        // current period, and the next on the current one's last day, where they are missing).
        roster.replanFuture(m.householdId(), null, ReassignReason.REGENERATED);
    }

    @Transactional
    public void memberUpdated(MemberUpdated m, Instant at) {
        replica.upsertMember(m.memberId(), m.householdId(), m.displayName(), m.role(), at);
        // A new role may rule the member out of chores they hold.
        roster.ensureCurrent(m.householdId());
    }

    @Transactional
    public void memberRemoved(MemberRemoved m, Instant at) {
        replica.deactivateMember(m.memberId(), m.householdId(), at);
        roster.replanFuture(m.householdId(), m.memberId(), ReassignReason.MEMBER_REMOVED);
    }

    @Transactional
    public void memberBusyChanged(MemberBusyChanged b) {
        replica.setBusy(b.householdId(), b.memberId(), b.busy() ? b.from() : null, b.busy() ? b.until() : null);
        if (b.busy()) {
            // Only the days the busy span covers move; the rest of the member's week stays.
            roster.replanFuture(b.householdId(), b.memberId(), ReassignReason.BUSY, (day, zone) ->
                    !day.isBefore(b.from().atZone(zone).toLocalDate())
                            && (b.until() == null || day.isBefore(b.until().atZone(zone).toLocalDate())
                            || day.equals(b.until().minusNanos(1).atZone(zone).toLocalDate())));
        }
    }
}
