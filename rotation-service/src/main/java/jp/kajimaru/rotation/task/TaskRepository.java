package jp.kajimaru.rotation.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tasks, always within one household: a foreign id finds nothing. */
public interface TaskRepository extends JpaRepository<Task, UUID> {

    /** Whose turn (done or held) which chore was how often: the variety input of the assignment. */
    record MemberChoreCount(UUID memberId, UUID choreId, Long times) {
    }

    /** Weight done for or held by a member: the credit side of the fairness ledger. */
    record MemberWeight(UUID memberId, Long weight) {
    }

    Optional<Task> findByIdAndHouseholdId(UUID id, UUID householdId);

    /** A member's tasks from {@code from} on (tasks exist only in planned periods): their calendar feed. */
    List<Task> findByHouseholdIdAndAssigneeMemberIdAndDateGreaterThanEqualOrderByDateAscDueAtAsc(UUID householdId,
                                                                                                UUID assigneeMemberId,
                                                                                                LocalDate from);

    /** A chore's task of one origin on a day (at most one: the roster's occurrence, or the one-off). */
    Optional<Task> findByHouseholdIdAndChoreIdAndDateAndOrigin(UUID householdId, UUID choreId, LocalDate date,
                                                               Task.Origin origin);

    /** The task of one maintenance cycle (maintenance task id and due date). */
    Optional<Task> findByHouseholdIdAndExternalRefAndExternalDue(UUID householdId, String externalRef, LocalDate externalDue);

    /** Every task of one maintenance task, each cycle's. */
    List<Task> findByHouseholdIdAndExternalRef(UUID householdId, String externalRef);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Task t where t.id = :id and t.householdId = :householdId")
    Optional<Task> lockByIdAndHouseholdId(@Param("id") UUID id, @Param("householdId") UUID householdId);

    List<Task> findByHouseholdIdAndDateBetweenOrderByDateAscWeightDescChoreNameAsc(UUID householdId, LocalDate from,
                                                                                 LocalDate to);

    /** Open tasks of one chore from {@code from} on, in every period planned so far. */
    List<Task> findByHouseholdIdAndChoreIdAndStatusAndDateGreaterThanEqual(UUID householdId, UUID choreId,
                                                                           Task.Status status, LocalDate from);

    /** Open tasks whose due time has passed, whatever their period: the newest first. */
    List<Task> findByHouseholdIdAndStatusAndDueAtLessThanEqualOrderByDueAtDesc(UUID householdId, Task.Status status,
                                                                             Instant now, Limit limit);

    /** The overdue check's cross-household scan: open tasks past due that have not been flagged yet. */
    List<Task> findByStatusAndOverdueAtIsNullAndDueAtLessThanEqual(Task.Status status, Instant now, Limit limit);

    @Query("""
            select new jp.kajimaru.rotation.task.TaskRepository$MemberChoreCount(
                     coalesce(t.assigneeMemberId, t.completedBy), t.choreId, count(t))
            from Task t
            where t.householdId = :householdId and t.date >= :since and t.date < :until
              and coalesce(t.assigneeMemberId, t.completedBy) is not null
            group by coalesce(t.assigneeMemberId, t.completedBy), t.choreId""")
    List<MemberChoreCount> timesByMemberAndChore(@Param("householdId") UUID householdId, @Param("since") LocalDate since,
                                                 @Param("until") LocalDate until);

    /** Credit: done tasks to whom they were done for, open ones to their holder while their period runs. */
    @Query("""
            select new jp.kajimaru.rotation.task.TaskRepository$MemberWeight(
                     coalesce(t.assigneeMemberId, t.completedBy), sum(t.weight))
            from Task t
            where t.householdId = :householdId and coalesce(t.assigneeMemberId, t.completedBy) is not null
              and (t.status = jp.kajimaru.rotation.task.Task.Status.DONE or t.date >= :runningSince)
            group by coalesce(t.assigneeMemberId, t.completedBy)""")
    List<MemberWeight> credit(@Param("householdId") UUID householdId, @Param("runningSince") LocalDate runningSince);

    /** {@link #credit} up to {@code until}, leaving out the tasks being planned. */
    @Query("""
            select new jp.kajimaru.rotation.task.TaskRepository$MemberWeight(
                     coalesce(t.assigneeMemberId, t.completedBy), sum(t.weight))
            from Task t
            where t.householdId = :householdId and coalesce(t.assigneeMemberId, t.completedBy) is not null
              and (t.status = jp.kajimaru.rotation.task.Task.Status.DONE or t.date >= :runningSince)
              and t.date <= :until and t.id not in :planned
            group by coalesce(t.assigneeMemberId, t.completedBy)""")
    List<MemberWeight> creditExcept(@Param("householdId") UUID householdId, @Param("runningSince") LocalDate runningSince,
                                    @Param("until") LocalDate until, @Param("planned") Collection<UUID> planned);
}
