package jp.kajimaru.notification.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.notification.message.Kind;

/**
 * A household's webhook: where to post, in which format, for which kinds (none = every kind). The secret signs
 * signed-json posts; it leaves this class only for signing and once, when created or rotated.
 */
@Entity
@Table(name = "webhooks")
public class Webhook {

    public enum Format { SLACK, SIGNED_JSON }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(nullable = false)
    private String url;
    @Column(nullable = false)
    private String format;
    @Column(nullable = false)
    private String kinds;
    @Column(nullable = false)
    private String secret;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Webhook() {
    }

    Webhook(UUID householdId, String url, Format format, List<Kind> kinds, Instant at) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.url = url;
        this.format = format.name();
        this.kinds = String.join(",", kinds.stream().map(Kind::name).distinct().toList());
        this.secret = newSecret();
        this.createdAt = at;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A new secret; the old one stops verifying at once. */
    String rotateSecret() {
        this.secret = newSecret();
        return secret;
    }

    public boolean wants(Kind kind) {
        return kinds.isBlank() || Arrays.asList(kinds.split(",")).contains(kind.name());
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String url() {
        return url;
    }

    public Format format() {
        return Format.valueOf(format);
    }

    public List<String> kinds() {
        return kinds.isBlank() ? List.of() : List.of(kinds.split(","));
    }

    public Instant createdAt() {
        return createdAt;
    }

    String secret() {
        return secret;
    }
}
