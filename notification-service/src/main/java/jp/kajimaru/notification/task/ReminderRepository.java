package jp.kajimaru.notification.task;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReminderRepository extends JpaRepository<Reminder, UUID> {

    Optional<Reminder> findByTaskIdAndKindAndHouseholdId(UUID taskId, Reminder.Kind kind, UUID householdId);

    List<Reminder> findByTaskIdAndHouseholdId(UUID taskId, UUID householdId);

    List<Reminder> findByHouseholdIdAndTaskIdIn(UUID householdId, java.util.Collection<UUID> taskIds);

    /**
     * Claims due reminders for this transaction: rows another replica holds are skipped, so each reminder is sent by
     * one replica only (across households on purpose: the sender works for every household).
     */
    @Query(value = """
            SELECT * FROM reminders WHERE status = 'PENDING' AND due_at <= :now
            ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Reminder> claimDue(@Param("now") Instant now, @Param("limit") int limit);
}
