package jp.kajimaru.rotation.household;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The household replica; its id is the household scope itself. */
interface HouseholdRepository extends JpaRepository<Household, UUID> {

    /** SELECT … FOR UPDATE on the household row: the planning lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from Household h where h.id = :id")
    Optional<Household> lockById(@Param("id") UUID id);

    /** The scheduler's cross-household scan: every household it keeps planned. */
    @Query("select h.id from Household h")
    List<UUID> allIds();
}
