package jp.kajimaru.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeliveryRepository extends JpaRepository<Delivery, UUID> {

    List<Delivery> findByHouseholdIdOrderByCreatedAtDesc(UUID householdId, Pageable page);

    /** Claims one due delivery for this transaction; rows another replica holds are skipped. */
    @Query(value = """
            SELECT * FROM deliveries WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Delivery> claimOne(@Param("now") Instant now);

    /** Claims the messages' due deliveries on one channel (right after the messages' commit), oldest message first. */
    @Query(value = """
            SELECT * FROM deliveries WHERE notification_id IN (:notifications) AND channel = :channel AND status = 'PENDING'
            AND next_attempt_at <= :now ORDER BY created_at FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Delivery> claimDueOf(@Param("notifications") java.util.Collection<String> notifications,
                              @Param("channel") String channel, @Param("now") Instant now);
}
