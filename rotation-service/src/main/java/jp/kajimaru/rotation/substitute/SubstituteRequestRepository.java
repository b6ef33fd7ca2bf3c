package jp.kajimaru.rotation.substitute;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SubstituteRequestRepository extends JpaRepository<SubstituteRequest, UUID> {

    String VIEW = """
            select new jp.kajimaru.rotation.substitute.SubstituteRequestView(s.id, s.taskId, t.choreName, t.date,
                     s.requesterMemberId, rq.displayName, s.note, s.status, s.substituteMemberId, sb.displayName,
                     s.createdAt, s.expiresAt, s.closedAt)
            from SubstituteRequest s join Task t on t.id = s.taskId
              left join Member rq on rq.id = s.requesterMemberId left join Member sb on sb.id = s.substituteMemberId
            """;

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SubstituteRequest s where s.id = :id and s.householdId = :householdId")
    Optional<SubstituteRequest> lockByIdAndHouseholdId(@Param("id") UUID id, @Param("householdId") UUID householdId);

    boolean existsByHouseholdIdAndTaskIdAndStatus(UUID householdId, UUID taskId, SubstituteRequest.Status status);

    /** The open requests of these tasks, locked: closing them waits for a withdrawal in flight and skips what it closed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<SubstituteRequest> findByHouseholdIdAndTaskIdInAndStatus(UUID householdId, Collection<UUID> taskIds,
                                                                 SubstituteRequest.Status status);

    /** The expiry check's cross-household scan: open requests whose task has fallen due, locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<SubstituteRequest> findByStatusAndExpiresAtLessThanEqual(SubstituteRequest.Status status, Instant now, Limit limit);

    @Query(VIEW + " where s.id = :id and s.householdId = :householdId")
    Optional<SubstituteRequestView> view(@Param("householdId") UUID householdId, @Param("id") UUID id);

    /** Open requests first, then the newest. */
    @Query(VIEW + " where s.householdId = :householdId"
            + " order by case when s.status = jp.kajimaru.rotation.substitute.SubstituteRequest.Status.OPEN then 0 else 1 end,"
            + " s.createdAt desc")
    List<SubstituteRequestView> recent(@Param("householdId") UUID householdId, Pageable page);
}
