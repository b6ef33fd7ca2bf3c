package jp.kajimaru.user.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque refresh tokens: random, stored only as a SHA-256 hash, single use (each refresh rotates it),
 * revocable one by one. Presenting an already rotated token is treated as theft: every session of that user
 * (or device member) is revoked. An expired or otherwise revoked token is only refused.
 */
@Component
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Session(UUID id, UUID userId, UUID memberId, UUID householdId, UUID deviceId, Instant createdAt,
                          Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;
    private final TokenProperties props;
    private final Clock clock;

    RefreshTokens(JdbcTemplate jdbc, TokenProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.props = props;
        this.clock = clock;
    }

    /** Creates a refresh token for the configured lifetime and returns its plain value, which is never stored. */
    public String issue(UUID userId, UUID memberId, UUID householdId, UUID deviceId) {
        return issue(userId, memberId, householdId, deviceId, props.refreshTtl());
    }

    /** Creates a refresh token living {@code ttl} (e.g. a shared device's idle timeout) and returns its value. */
    public String issue(UUID userId, UUID memberId, UUID householdId, UUID deviceId, Duration ttl) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO refresh_tokens (id, token_hash, user_id, member_id, household_id, device_id, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), hash(token), str(userId),
                memberId.toString(), householdId.toString(), str(deviceId), Timestamp.from(now),
                Timestamp.from(now.plus(ttl)));
        return token;
    }

    /**
     * Uses up a live token and returns its session. A replayed token (already used up by a refresh) means
     * someone else holds a copy: the whole family is revoked. A token that expired or was revoked (logout,
     * demotion, removal) just fails.
     */
    @Transactional
    public Optional<Session> consume(String token) {
        Instant now = clock.instant();
        Optional<Stored> stored = jdbc.query("SELECT * FROM refresh_tokens WHERE token_hash = ? FOR UPDATE",
                (rs, i) -> new Stored(map(rs, i), instant(rs.getTimestamp("revoked_at")),
                        instant(rs.getTimestamp("replaced_at"))), hash(token)).stream().findFirst();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Session s = stored.get().session();
        if (stored.get().replacedAt() != null) {
            revokeAllOf(s);
            return Optional.empty();
        }
        if (stored.get().revokedAt() != null || !s.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        jdbc.update("UPDATE refresh_tokens SET revoked_at = ?, replaced_at = ? WHERE id = ?", Timestamp.from(now),
                Timestamp.from(now), s.id().toString());
        return Optional.of(s);
    }

    private record Stored(Session session, Instant revokedAt, Instant replacedAt) {
    }

    public List<Session> liveSessionsOf(UUID userId) {
        return jdbc.query("""
                SELECT * FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?
                ORDER BY created_at DESC""", RefreshTokens::map, userId.toString(), Timestamp.from(clock.instant()));
    }

    public Optional<Session> live(String token) {
        return find("token_hash = ? AND revoked_at IS NULL AND expires_at > ?", hash(token), Timestamp.from(clock.instant()));
    }

    /** Revokes the token; true if it was live. */
    public boolean revoke(String token) {
        return jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), hash(token)) == 1;
    }

    /** Revokes one of a user's sessions; false when it is not theirs or already gone. */
    public boolean revokeSession(UUID userId, UUID sessionId) {
        return jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), sessionId.toString(), userId.toString()) == 1;
    }

    /** Ends every session of a member (personal and on shared devices), e.g. when removed or demoted. */
    public void revokeMember(UUID householdId, UUID memberId) {
        jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE member_id = ? AND household_id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), memberId.toString(), householdId.toString());
    }

    public void revokeDevice(UUID deviceId) {
        jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), deviceId.toString());
    }

    public long ttlSeconds() {
        return props.refreshTtl().toSeconds();
    }

    public Duration ttl() {
        return props.refreshTtl();
    }

    private void revokeAllOf(Session s) {
        if (s.userId() != null) {
            jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                    Timestamp.from(clock.instant()), s.userId().toString());
        } else {
            jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE member_id = ? AND device_id = ? AND revoked_at IS NULL",
                    Timestamp.from(clock.instant()), s.memberId().toString(), str(s.deviceId()));
        }
    }

    private Optional<Session> find(String where, Object... args) {
        return jdbc.query("SELECT * FROM refresh_tokens WHERE " + where, RefreshTokens::map, args).stream().findFirst();
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(UUID.fromString(rs.getString("id")), uuid(rs.getString("user_id")),
                UUID.fromString(rs.getString("member_id")), UUID.fromString(rs.getString("household_id")),
                uuid(rs.getString("device_id")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
