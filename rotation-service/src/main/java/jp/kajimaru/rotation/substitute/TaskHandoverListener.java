package jp.kajimaru.rotation.substitute;

import jp.kajimaru.rotation.task.TaskHandoverMoot;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Open requests for a task close in the transaction in which it was done, removed or moved. */
@Component
class TaskHandoverListener {

    private final SubstituteService substitutes;

    TaskHandoverListener(SubstituteService substitutes) {
        this.substitutes = substitutes;
    }

    @EventListener
    void on(TaskHandoverMoot moot) {
        if (!moot.taskIds().isEmpty()) {
            substitutes.closeForTasks(moot.householdId(), moot.taskIds(), moot.reason());
        }
    }
}
