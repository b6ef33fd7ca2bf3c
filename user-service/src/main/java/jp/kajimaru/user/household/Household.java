package jp.kajimaru.user.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.RotationUnit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A family's settings. Defaults follow SPEC §1: Tokyo, Japanese, weekly rotation, 15 min idle timeout. Admins edit
 * them, possibly two at once: {@code @Version} refuses the later of two edits made from the same state.
 */
@Entity
@Table(name = "households")
public class Household {

    public static final int DEFAULT_IDLE_TIMEOUT_MINUTES = 15;
    /** What the coordinate columns keep (about a metre); finer input is rounded. */
    static final int STORED_FRACTION = 5;

    @Id
    private UUID id;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false, length = 8)
    private String locale;

    @Column(name = "location_label", nullable = false, length = 100)
    private String locationLabel;

    @Column(nullable = false, precision = 8, scale = 5)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 8, scale = 5)
    private BigDecimal longitude;

    @Column(name = "idle_timeout_minutes", nullable = false)
    private int idleTimeoutMinutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "rotation_unit", nullable = false, length = 10)
    private RotationUnit rotationUnit;

    @Column(name = "shopping_approval_required", nullable = false)
    private boolean shoppingApprovalRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Household() {
    }

    private Household(UUID id, String name, String locale, Instant now) {
        this.id = id;
        this.name = name;
        this.timeZone = "Asia/Tokyo";
        this.locale = locale == null ? "ja" : locale;
        this.locationLabel = "東京";
        this.latitude = new BigDecimal("35.68950");
        this.longitude = new BigDecimal("139.69171");
        this.idleTimeoutMinutes = DEFAULT_IDLE_TIMEOUT_MINUTES;
        this.rotationUnit = RotationUnit.WEEKLY;
        this.shoppingApprovalRequired = false;
        this.createdAt = now;
    }

    /** A new household with the defaults; {@code name} is stripped. */
    public static Household createDefault(String name, String locale, Instant now) {
        return new Household(UUID.randomUUID(), name.strip(), locale, now);
    }

    /** The announcement of this household, founded by {@code adminMemberId}. */
    public HouseholdCreated created(UUID adminMemberId) {
        return new HouseholdCreated(id, name, timeZone, locale, location(), rotationUnit, shoppingApprovalRequired,
                idleTimeoutMinutes, adminMemberId);
    }

    /**
     * Applies an admin's changes (absent fields stay): the time zone must be known, the name and place not blank,
     * coordinates are rounded to what the columns keep. Answers the event that announces the new settings.
     */
    public HouseholdUpdated change(HouseholdPatch p) {
        if (p.timeZone() != null) {
            try {
                ZoneId.of(p.timeZone());
            } catch (DateTimeException e) {
                throw new InvalidFieldException("timeZone", "household.timeZone", "Unknown time zone.");
            }
        }
        String newName = or(p.name(), name).strip();
        if (newName.isEmpty()) {
            throw new InvalidFieldException("name", "household.nameBlank", "The household name must not be blank.");
        }
        String newLocale = or(p.locale(), locale);
        Place place = p.location() != null ? place(p, newLocale) : new Place(or(p.locationLabel(), locationLabel),
                or(p.latitude(), latitude), or(p.longitude(), longitude), "locationLabel");
        String label = place.label().strip();
        if (label.isEmpty()) {
            throw new InvalidFieldException(place.labelField(), "household.placeBlank", "The place must not be blank.");
        }
        this.name = newName;
        this.timeZone = or(p.timeZone(), timeZone);
        this.locale = newLocale;
        this.locationLabel = label;
        this.latitude = stored(place.latitude());
        this.longitude = stored(place.longitude());
        this.idleTimeoutMinutes = or(p.idleTimeoutMinutes(), idleTimeoutMinutes);
        this.rotationUnit = or(p.rotationUnit(), rotationUnit);
        this.shoppingApprovalRequired = or(p.shoppingApprovalRequired(), shoppingApprovalRequired);
        return new HouseholdUpdated(id, name, timeZone, locale, location(), rotationUnit, shoppingApprovalRequired,
                idleTimeoutMinutes);
    }

    private record Place(String label, BigDecimal latitude, BigDecimal longitude, String labelField) {
    }

    /** The nested shape: a city preset, or coordinates (both) with an optional label; never mixed with the flat fields. */
    private static Place place(HouseholdPatch p, String locale) {
        LocationPatch l = p.location();
        if (p.locationLabel() != null || p.latitude() != null || p.longitude() != null) {
            throw new InvalidFieldException("location", "household.locationTwice",
                    "Send the place either as location or as locationLabel/latitude/longitude, not both.");
        }
        if (l.city() != null) {
            if (l.latitude() != null || l.longitude() != null) {
                throw new InvalidFieldException("location", "household.cityOrCoordinates",
                        "Send either a city or latitude and longitude, not both.");
            }
            Cities.City city = Cities.byKey(l.city()).orElseThrow(() -> new InvalidFieldException("location.city",
                    "household.city", "Unknown city; one of: " + Cities.keys() + "."));
            return new Place(l.label() != null ? l.label() : city.name(locale), city.latitude(), city.longitude(), "location.label");
        }
        if (l.latitude() == null || l.longitude() == null) {
            throw new InvalidFieldException(l.latitude() == null ? "location.latitude" : "location.longitude",
                    "household.coordinates", "A place needs a city, or both latitude and longitude.");
        }
        String label = l.label() != null ? l.label() : Cities.at(l.latitude(), l.longitude()).map(c -> c.name(locale))
                .orElseGet(() -> stored(l.latitude()).stripTrailingZeros().toPlainString() + ", "
                        + stored(l.longitude()).stripTrailingZeros().toPlainString());
        return new Place(label, l.latitude(), l.longitude(), "location.label");
    }

    private Location location() {
        return new Location(locationLabel, latitude.doubleValue(), longitude.doubleValue());
    }

    private static BigDecimal stored(BigDecimal coordinate) {
        return coordinate.setScale(STORED_FRACTION, RoundingMode.HALF_UP);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String timeZone() {
        return timeZone;
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

    public int idleTimeoutMinutes() {
        return idleTimeoutMinutes;
    }

    public RotationUnit rotationUnit() {
        return rotationUnit;
    }

    public boolean shoppingApprovalRequired() {
        return shoppingApprovalRequired;
    }
}
