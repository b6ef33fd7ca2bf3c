package jp.kajimaru.weather.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What weather-service knows of a household, copied from user-service's events: where it is, its zone and language.
 * A household no event has reached yet is in Tokyo ({@link #unknown}).
 */
@Entity
@Table(name = "households")
public class Household {

    public static final String DEFAULT_ZONE = "Asia/Tokyo";
    public static final String DEFAULT_LABEL = "東京";
    public static final BigDecimal TOKYO_LATITUDE = new BigDecimal("35.68950");
    public static final BigDecimal TOKYO_LONGITUDE = new BigDecimal("139.69170");

    @Id
    @Column(name = "household_id")
    private UUID id;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String locale;

    @Column(name = "location_label", nullable = false)
    private String locationLabel;

    @Column(nullable = false, precision = 8, scale = 5)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 8, scale = 5)
    private BigDecimal longitude;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Household() {
    }

    private Household(UUID id) {
        this.id = id;
    }

    /** A household from its first event. */
    public static Household replicate(UUID id, Settings settings, Instant occurredAt) {
        Household h = new Household(id);
        h.copy(settings, occurredAt);
        return h;
    }

    /** Not (yet) replicated: Tokyo, Japanese (not saved). */
    public static Household unknown(UUID id) {
        return replicate(id, new Settings(null, null, null, null, null), Instant.EPOCH);
    }

    /** Takes the settings of a later event; an older one (arriving late) changes nothing. Returns whether it applied. */
    public boolean update(Settings settings, Instant occurredAt) {
        if (occurredAt.isBefore(updatedAt)) {
            return false;
        }
        copy(settings, occurredAt);
        return true;
    }

    private void copy(Settings s, Instant occurredAt) {
        this.timeZone = validZone(s.timeZone());
        this.locale = s.locale() == null || s.locale().isBlank() ? "ja" : s.locale();
        boolean located = s.latitude() != null && s.longitude() != null
                && Math.abs(s.latitude()) <= 90 && Math.abs(s.longitude()) <= 180;
        this.latitude = located ? coordinate(s.latitude()) : TOKYO_LATITUDE;
        this.longitude = located ? coordinate(s.longitude()) : TOKYO_LONGITUDE;
        String label = s.label() == null || s.label().isBlank() ? (located ? "" : DEFAULT_LABEL) : s.label().strip();
        this.locationLabel = label.length() > 100 ? label.substring(0, 100) : label;
        this.updatedAt = occurredAt;
    }

    private static BigDecimal coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }

    private static String validZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }

    public LocationKey locationKey() {
        return LocationKey.of(latitude, longitude, timeZone);
    }

    public UUID id() {
        return id;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String locale() {
        return locale;
    }

    public String locationLabel() {
        return locationLabel;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    /** The part of HouseholdCreated/HouseholdUpdated this service keeps; a missing location means Tokyo. */
    public record Settings(String timeZone, String locale, String label, Double latitude, Double longitude) {
    }
}
