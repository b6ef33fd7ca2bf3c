package jp.kajimaru.notification.preference;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jp.kajimaru.notification.message.Channel;
import jp.kajimaru.notification.message.Kind;

/**
 * A member's notification choices: an e-mail address, and which kinds reach them on which channel. Everything is on
 * by default except weather advice, which members opt into.
 */
@Entity
@Table(name = "preferences")
public class Preferences {

    static final Set<String> DEFAULT_OFF = Set.of(key(Kind.WEATHER, Channel.IN_APP), key(Kind.WEATHER, Channel.EMAIL));

    @Id
    @Column(name = "member_id")
    private UUID memberId;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    private String email;
    @Column(nullable = false)
    private String disabled;
    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    @Column(name = "quiet_from")
    private LocalTime quietFrom;
    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    @Column(name = "quiet_until")
    private LocalTime quietUntil;
    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Preferences() {
    }

    /** The defaults of a member who never chose. */
    public static Preferences defaults(UUID householdId, UUID memberId) {
        Preferences p = new Preferences();
        p.memberId = memberId;
        p.householdId = householdId;
        p.disabled = String.join(",", new TreeSet<>(DEFAULT_OFF));
        p.updatedAt = Instant.EPOCH;
        return p;
    }

    static String key(Kind kind, Channel channel) {
        return kind.name() + ":" + channel.name();
    }

    public boolean wants(Kind kind, Channel channel) {
        return !off().contains(key(kind, channel));
    }

    private Set<String> off() {
        return disabled.isBlank() ? Set.of() : Arrays.stream(disabled.split(",")).collect(Collectors.toSet());
    }

    void change(String email, Set<String> off, LocalTime quietFrom, LocalTime quietUntil, boolean dailyDigest, Instant at) {
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.dailyDigest = dailyDigest;
        this.quietFrom = quietFrom;
        this.quietUntil = quietUntil;
        this.disabled = String.join(",", new TreeSet<>(off));
        this.updatedAt = at;
    }

    /** The member's quiet hours, if they set any. */
    public java.util.Optional<QuietHours> quietHours() {
        return quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil) ? java.util.Optional.empty()
                : java.util.Optional.of(new QuietHours(quietFrom, quietUntil));
    }

    LocalTime quietFrom() {
        return quietFrom;
    }

    LocalTime quietUntil() {
        return quietUntil;
    }

    public String email() {
        return email;
    }

    /** One e-mail a day (the digest) instead of one per message; the inbox still gets each message at once. */
    public boolean dailyDigest() {
        return dailyDigest;
    }

    /** Whether a message of this kind goes out by e-mail on its own (not only in the day's digest). */
    public boolean emailsAtOnce(Kind kind) {
        return wants(kind, Channel.EMAIL) && !(dailyDigest && kind.digestible());
    }

    public UUID memberId() {
        return memberId;
    }

    Set<String> disabledKeys() {
        return new LinkedHashSet<>(off());
    }
}
