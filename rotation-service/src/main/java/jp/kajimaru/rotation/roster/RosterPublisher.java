package jp.kajimaru.rotation.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.events.rotation.RosterPublished;
import jp.kajimaru.events.rotation.RosterShare;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.rotation.task.Task;
import org.springframework.stereotype.Component;

/** The last step of planning: announces a period's roster (RosterPublished) once, when it first has assignees. */
@Component
class RosterPublisher {

    private final OutboxWriter outbox;

    RosterPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    void publishOnce(UUID householdId, RosterPeriod period, List<Task> all, Instant now) {
        period.publish(roster(householdId, period.period(), all), now)
                .ifPresent(roster -> outbox.publish(householdId.toString(), roster));
    }

    static RosterPublished roster(UUID householdId, Period period, List<Task> all) {
        Map<UUID, int[]> shares = new HashMap<>();
        for (Task t : all) {
            if (t.assigneeMemberId() != null) {
                int[] s = shares.computeIfAbsent(t.assigneeMemberId(), k -> new int[2]);
                s[0]++;
                s[1] += t.weight();
            }
        }
        List<RosterShare> list = new ArrayList<>();
        shares.forEach((m, s) -> list.add(new RosterShare(m, s[0], s[1])));
        list.sort(Comparator.comparing(RosterShare::memberId));
        return new RosterPublished(householdId, period.start(), period.end(), all.size(), list);
    }
}
