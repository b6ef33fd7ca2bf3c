package jp.kajimaru.notification.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DigestRunRepository extends JpaRepository<DigestRun, UUID> {

    boolean existsByHouseholdIdAndDigestDate(UUID householdId, LocalDate digestDate);

    /**
     * Claims a household's digests of a day for this transaction: 1 when this caller inserted the row, 0 when it exists.
     * A second replica's insert waits on the first one's uncommitted row and then finds it, so only one of them sends.
     * The day is bound as text ({@code yyyy-MM-dd}) so no zone shifts it.
     */
    @Modifying
    @Query(value = """
            INSERT IGNORE INTO digest_runs (id, household_id, digest_date, due_at, ran_at)
            VALUES (:id, :household, :day, :due, :now)""", nativeQuery = true)
    int claim(@Param("id") String id, @Param("household") String householdId, @Param("day") String day,
              @Param("due") Instant due, @Param("now") Instant now);
}
