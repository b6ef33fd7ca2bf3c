package jp.kajimaru.user.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque refresh tokens: random, stored only as a SHA-256 hash, single use (each refresh rotates it),
 * revocable one by one. Presenting an already rotated token is treated as theft: every session of that user
 * (or device member) is revoked. An expired or otherwise revoked token is only refused.
 */
@Service
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Session(UUID id, UUID userId, UUID memberId, UUID householdId, UUID deviceId, Instant createdAt,
                          Instant expiresAt) {
    }

    private final RefreshTokenRepository tokens;
    private final TokenProperties props;
    private final Clock clock;

    RefreshTokens(RefreshTokenRepository tokens, TokenProperties props, Clock clock) {
        this.tokens = tokens;
        this.props = props;
        this.clock = clock;
    }

    /** Creates a refresh token for the configured lifetime and returns its plain value, which is never stored. */
    @Transactional
    public String issue(UUID userId, UUID memberId, UUID householdId, UUID deviceId) {
        return issue(userId, memberId, householdId, deviceId, props.refreshTtl());
    }

    /** Creates a refresh token living {@code ttl} (e.g. a shared device's idle timeout) and returns its value. */
    @Transactional
    public String issue(UUID userId, UUID memberId, UUID householdId, UUID deviceId, Duration ttl) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        tokens.save(new RefreshToken(hash(token), userId, memberId, householdId, deviceId, now, now.plus(ttl)));
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
        Optional<RefreshToken> stored = tokens.findByHashForUpdate(hash(token));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken t = stored.get();
        return switch (t.use(now)) {
            case ROTATED -> Optional.of(t.session());
            case REPLAYED -> {
                revokeAllOf(t, now);
                yield Optional.empty();
            }
            case REFUSED -> Optional.empty();
        };
    }

    /** A user's live sessions in their household, newest first. */
    @Transactional(readOnly = true)
    public List<Session> liveSessionsOf(UUID householdId, UUID userId) {
        return tokens.findLive(householdId, userId, clock.instant()).stream().map(RefreshToken::session).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Session> live(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token)).filter(t -> t.liveAt(now)).map(RefreshToken::session);
    }

    /** Revokes the token; true if it was not revoked yet. */
    @Transactional
    public boolean revoke(String token) {
        return tokens.revokeByHash(hash(token), clock.instant()) == 1;
    }

    /** Revokes one of a user's sessions; false when it is not theirs (in their household) or already gone. */
    @Transactional
    public boolean revokeSession(UUID householdId, UUID userId, UUID sessionId) {
        return tokens.revokeSession(householdId, userId, sessionId, clock.instant()) == 1;
    }

    /** Ends every session of a member (personal and on shared devices), e.g. when removed or demoted. */
    @Transactional
    public void revokeMember(UUID householdId, UUID memberId) {
        tokens.revokeMember(householdId, memberId, clock.instant());
    }

    /** Ends every member session on a shared device (it was revoked). */
    @Transactional
    public void revokeDevice(UUID householdId, UUID deviceId) {
        tokens.revokeDevice(householdId, deviceId, clock.instant());
    }

    public long ttlSeconds() {
        return props.refreshTtl().toSeconds();
    }

    public Duration ttl() {
        return props.refreshTtl();
    }

    /** A replay: every session of the user, or for a device member session every one of that member on the device. */
    private void revokeAllOf(RefreshToken t, Instant now) {
        if (t.userId() != null) {
            tokens.revokeUser(t.householdId(), t.userId(), now);
        } else {
            tokens.revokeMemberOnDevice(t.householdId(), t.deviceId(), t.memberId(), now);
        }
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
