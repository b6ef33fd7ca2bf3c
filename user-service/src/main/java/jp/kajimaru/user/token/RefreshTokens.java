package jp.kajimaru.user.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Opaque refresh tokens: random, stored only as a SHA-256 hash, single use (rotated), revocable. */
@Component
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Session(UUID id, UUID userId, UUID memberId, UUID householdId) {
    }

    private final JdbcTemplate jdbc;
    private final TokenProperties props;
    private final Clock clock;

    RefreshTokens(JdbcTemplate jdbc, TokenProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.props = props;
        this.clock = clock;
    }

    /** Creates a refresh token and returns its plain value, which is never stored. */
    public String issue(UUID userId, UUID memberId, UUID householdId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO refresh_tokens (id, token_hash, user_id, member_id, household_id, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), hash(token), userId.toString(),
                memberId.toString(), householdId.toString(), Timestamp.from(now), Timestamp.from(now.plus(props.refreshTtl())));
        return token;
    }

    /** The live session a token belongs to; revoked, expired and unknown tokens give nothing. */
    public Optional<Session> find(String token) {
        return jdbc.query("""
                SELECT id, user_id, member_id, household_id FROM refresh_tokens
                WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""",
                (rs, i) -> new Session(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                        UUID.fromString(rs.getString(3)), UUID.fromString(rs.getString(4))),
                hash(token), Timestamp.from(clock.instant())).stream().findFirst();
    }

    /** Revokes the token; true if it was live (so a rotation can tell a replayed token). */
    public boolean revoke(String token) {
        return jdbc.update("UPDATE refresh_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), hash(token)) == 1;
    }

    public long ttlSeconds() {
        return props.refreshTtl().toSeconds();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
