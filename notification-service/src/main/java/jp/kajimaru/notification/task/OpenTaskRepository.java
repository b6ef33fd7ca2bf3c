package jp.kajimaru.notification.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OpenTaskRepository extends JpaRepository<OpenTask, UUID> {

    Optional<OpenTask> findByIdAndHouseholdId(UUID id, UUID householdId);

    List<OpenTask> findByHouseholdIdAndIdIn(UUID householdId, java.util.Collection<UUID> ids);

    List<OpenTask> findByHouseholdIdAndDoneFalseAndDateGreaterThanEqual(UUID householdId, LocalDate from);

    /** Overdue and still open, on a day from {@code from} on, oldest first (the admins' digest). */
    List<OpenTask> findByHouseholdIdAndDoneFalseAndOverdueAtNotNullAndDateGreaterThanEqualOrderByDateAscChoreNameAsc(
            UUID householdId, LocalDate from);

    long countByHouseholdIdAndAssigneeMemberIdAndDateBetween(UUID householdId, UUID assignee, LocalDate from, LocalDate to);
}
