package jp.kajimaru.notification.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, UUID> {

    Optional<Notification> findByIdAndHouseholdId(UUID id, UUID householdId);

    Optional<Notification> findByIdAndHouseholdIdAndMemberIdAndInAppTrue(UUID id, UUID householdId, UUID memberId);

    boolean existsByMemberIdAndDedupeKey(UUID memberId, String dedupeKey);

    Page<Notification> findByHouseholdIdAndMemberIdAndInAppTrueOrderBySeqDesc(UUID householdId, UUID memberId, Pageable page);

    Page<Notification> findByHouseholdIdAndMemberIdAndInAppTrueAndReadAtIsNullOrderBySeqDesc(UUID householdId, UUID memberId, Pageable page);

    List<Notification> findByHouseholdIdAndMemberIdAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderBySeqAsc(
            UUID householdId, UUID memberId, Instant from, Instant until);

    long countByHouseholdIdAndMemberIdAndInAppTrueAndReadAtIsNull(UUID householdId, UUID memberId);

    /** What a stream has not shown yet, oldest first (the replay after a reconnect). */
    List<Notification> findTop200ByHouseholdIdAndMemberIdAndInAppTrueAndSeqGreaterThanOrderBySeqAsc(UUID householdId, UUID memberId, long seq);

    @Query("SELECT COALESCE(MAX(n.seq), 0) FROM Notification n WHERE n.householdId = :householdId AND n.memberId = :memberId")
    long lastSeq(@Param("householdId") UUID householdId, @Param("memberId") UUID memberId);

    @Modifying
    @Query("""
            UPDATE Notification n SET n.readAt = :at
            WHERE n.householdId = :householdId AND n.memberId = :memberId AND n.readAt IS NULL""")
    int markAllRead(@Param("householdId") UUID householdId, @Param("memberId") UUID memberId, @Param("at") Instant at);
}
