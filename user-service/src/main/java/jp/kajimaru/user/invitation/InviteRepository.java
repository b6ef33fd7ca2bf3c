package jp.kajimaru.user.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Invite codes, scoped by household — except by code, see below. */
interface InviteRepository extends JpaRepository<Invite, UUID> {

    List<Invite> findByHouseholdIdOrderByCreatedAtDesc(UUID householdId);

    @Query("""
            select count(i) from Invite i where i.householdId = :householdId and i.revokedAt is null
              and i.expiresAt > :now and i.uses < i.maxUses""")
    long countUsable(@Param("householdId") UUID householdId, @Param("now") Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invite i where i.id = :id and i.householdId = :householdId")
    Optional<Invite> findForUpdate(@Param("id") UUID id, @Param("householdId") UUID householdId);

    /**
     * The invite behind a code, locked for this transaction so two joins cannot both take the last use. Global by
     * nature: codes are unique across households, and the code is what tells the joiner's household.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invite i where i.code = :code")
    Optional<Invite> findByCodeForUpdate(@Param("code") String code);

    /** Whether a freshly drawn code is taken (global: codes are unique across households). */
    boolean existsByCode(String code);
}
