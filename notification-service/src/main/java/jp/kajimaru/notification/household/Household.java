package jp.kajimaru.notification.household;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The replica of a household: its zone (reminders and dates are local to it) and language. */
@Entity
@Table(name = "households")
public class Household {

    public static final LocalTime DEFAULT_EVENING = LocalTime.of(21, 0);
    public static final LocalTime DEFAULT_MORNING = LocalTime.of(7, 0);
    public static final LocalTime DEFAULT_DIGEST = LocalTime.of(19, 0);

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(nullable = false)
    private String locale;
    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    @Column(name = "evening_time", nullable = false)
    private LocalTime eveningTime = DEFAULT_EVENING;
    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    @Column(name = "morning_time", nullable = false)
    private LocalTime morningTime = DEFAULT_MORNING;
    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    @Column(name = "digest_time", nullable = false)
    private LocalTime digestTime = DEFAULT_DIGEST;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Household() {
    }

    public Household(UUID id) {
        this.id = id;
    }

    /** Replaces the copy with the settings an event carries; an older event than the copy changes nothing. */
    public void apply(String name, String timeZone, String locale, Instant at) {
        if (updatedAt != null && at.isBefore(updatedAt)) {
            return;
        }
        this.name = name;
        this.timeZone = validZone(timeZone);
        this.locale = locale == null ? "ja" : locale;
        this.updatedAt = at;
    }

    private static String validZone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (RuntimeException e) {
            return "Asia/Tokyo";
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** ja or en: the language of every text this household's members get. */
    public Locale language() {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.JAPANESE;
    }

    public LocalTime eveningTime() {
        return eveningTime;
    }

    public LocalTime morningTime() {
        return morningTime;
    }

    /** When the day's digests go out, in the household's zone. */
    public LocalTime digestTime() {
        return digestTime;
    }

    /** An admin's choice (whole minutes). */
    public void digestAt(LocalTime time) {
        this.digestTime = time.withSecond(0).withNano(0);
    }
}
