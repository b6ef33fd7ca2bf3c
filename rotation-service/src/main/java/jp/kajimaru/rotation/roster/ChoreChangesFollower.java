package jp.kajimaru.rotation.roster;

import jp.kajimaru.rotation.chore.ChoreChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Open future tasks follow their chore, in the transaction that changed it. */
@Component
class ChoreChangesFollower {

    private final RosterPlanner planner;

    ChoreChangesFollower(RosterPlanner planner) {
        this.planner = planner;
    }

    @EventListener
    void on(ChoreChanged change) {
        planner.followChore(change.householdId(), change.choreId());
    }
}
