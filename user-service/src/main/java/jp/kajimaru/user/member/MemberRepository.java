package jp.kajimaru.user.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jp.kajimaru.events.user.MemberRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Members, always looked up within a household (a foreign id finds nothing) — except by their login, see below. */
public interface MemberRepository extends JpaRepository<Member, UUID> {

    Optional<Member> findByIdAndHouseholdId(UUID id, UUID householdId);

    /** Locks the row for the rest of the transaction, so concurrent PIN attempts count one by one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Member m where m.id = :id and m.householdId = :householdId")
    Optional<Member> findForUpdate(@Param("id") UUID id, @Param("householdId") UUID householdId);

    /** The whole household in one query (the members list and the device board). */
    List<Member> findByHouseholdIdOrderByCreatedAt(UUID householdId);

    /** Only the current role, for the per-request membership check. */
    @Query("select m.role from Member m where m.id = :id and m.householdId = :householdId")
    Optional<MemberRole> findRole(@Param("id") UUID id, @Param("householdId") UUID householdId);

    boolean existsByHouseholdIdAndDisplayNameKey(UUID householdId, String displayNameKey);

    boolean existsByHouseholdIdAndDisplayNameKeyAndIdNot(UUID householdId, String displayNameKey, UUID id);

    long countByHouseholdIdAndRole(UUID householdId, MemberRole role);

    /**
     * The member behind a login. Global by nature: a password login (or a refresh of its session) knows the user,
     * not yet the household — this lookup is what tells it.
     */
    Optional<Member> findFirstByUserIdOrderByCreatedAt(UUID userId);

    /** Whether any member still uses a login (global for the same reason: logins are not per household). */
    boolean existsByUserId(UUID userId);
}
