package jp.kajimaru.rotation.household;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kajimaru.messaging.jpa.AssignedIdEntity;
import java.time.Clock;

/** rotation-service's copy of a household (user-service owns it): its calendar and rotation unit. */
@Entity
@Table(name = "households")
public class Household extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String locale;

    @Column(name = "rotation_unit", nullable = false)
    private String rotationUnit;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Household() {
    }

    Household(UUID id, String timeZone, String locale, String rotationUnit, Instant at) {
        this.id = id;
        update(timeZone, locale, rotationUnit, at);
        markNew();
    }

    /** The replica follows user-service's latest word on the household. */
    void update(String timeZone, String locale, String rotationUnit, Instant at) {
        this.timeZone = timeZone;
        this.locale = locale;
        this.rotationUnit = rotationUnit;
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    /** Spring Data's name for the id ({@link AssignedIdEntity}: a new replica row is inserted without a select). */
    @Override
    public UUID getId() {
        return id;
    }

    public String timeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String locale() {
        return locale;
    }

    public String rotationUnit() {
        return rotationUnit;
    }

    /** Today in the household's own calendar. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone()));
    }
}
