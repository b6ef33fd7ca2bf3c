package jp.kajimaru.user.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Refresh tokens. Looked up by their hash without a household: global by nature, the token is the credential that
 * tells which household (and member) it belongs to. Everything else is scoped by household.
 */
interface RefreshTokenRepository extends JpaRepository<RefreshToken, UUID> {

    /** Locked for the rest of the transaction, so a token is used up once even when presented twice at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from RefreshToken t where t.tokenHash = :hash")
    Optional<RefreshToken> findByHashForUpdate(@Param("hash") String tokenHash);

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    @Query("""
            select t from RefreshToken t where t.householdId = :householdId and t.userId = :userId
              and t.revokedAt is null and t.expiresAt > :now order by t.createdAt desc""")
    List<RefreshToken> findLive(@Param("householdId") UUID householdId, @Param("userId") UUID userId,
                                @Param("now") Instant now);

    @Modifying
    @Query("update RefreshToken t set t.revokedAt = :now where t.tokenHash = :hash and t.revokedAt is null")
    int revokeByHash(@Param("hash") String tokenHash, @Param("now") Instant now);

    @Modifying
    @Query("""
            update RefreshToken t set t.revokedAt = :now where t.id = :id and t.householdId = :householdId
              and t.userId = :userId and t.revokedAt is null""")
    int revokeSession(@Param("householdId") UUID householdId, @Param("userId") UUID userId, @Param("id") UUID id,
                      @Param("now") Instant now);

    @Modifying
    @Query("""
            update RefreshToken t set t.revokedAt = :now where t.householdId = :householdId and t.memberId = :memberId
              and t.revokedAt is null""")
    int revokeMember(@Param("householdId") UUID householdId, @Param("memberId") UUID memberId,
                     @Param("now") Instant now);

    @Modifying
    @Query("""
            update RefreshToken t set t.revokedAt = :now where t.householdId = :householdId and t.userId = :userId
              and t.revokedAt is null""")
    int revokeUser(@Param("householdId") UUID householdId, @Param("userId") UUID userId, @Param("now") Instant now);

    @Modifying
    @Query("""
            update RefreshToken t set t.revokedAt = :now where t.householdId = :householdId and t.deviceId = :deviceId
              and t.revokedAt is null""")
    int revokeDevice(@Param("householdId") UUID householdId, @Param("deviceId") UUID deviceId,
                     @Param("now") Instant now);

    @Modifying
    @Query("""
            update RefreshToken t set t.revokedAt = :now where t.householdId = :householdId and t.deviceId = :deviceId
              and t.memberId = :memberId and t.revokedAt is null""")
    int revokeMemberOnDevice(@Param("householdId") UUID householdId, @Param("deviceId") UUID deviceId,
                             @Param("memberId") UUID memberId, @Param("now") Instant now);
}
