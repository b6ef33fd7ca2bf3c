package jp.kajimaru.rotation.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member's private calendar feed. The secret token is handed out once and only its SHA-256 is kept; a new token
 * replaces the previous one, which stops working at once.
 */
@Entity
@Table(name = "calendar_feeds")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected CalendarFeed() {
    }

    public CalendarFeed(UUID memberId, UUID householdId) {
        this.memberId = Objects.requireNonNull(memberId);
        this.householdId = Objects.requireNonNull(householdId);
    }

    /** A new secret token (returned, never stored as such); the previous one is revoked. */
    public String renew(Instant at) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokenHash = hash(token);
        createdAt = at;
        return token;
    }

    /** What is stored for a token: hex SHA-256. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A token as {@link #renew} makes them: 43 base64url characters. */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    public UUID memberId() {
        return memberId;
    }

    public UUID householdId() {
        return householdId;
    }

    public String tokenHash() {
        return tokenHash;
    }
}
