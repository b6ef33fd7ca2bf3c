package jp.kajimaru.inventory.household;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What inventory keeps of a household (from user-service's events): its time zone, which says what "today" is. */
@Entity
@Table(name = "households")
public class Household {

    @Id
    private UUID id;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Household() {
    }

    Household(UUID id, String timeZone, Instant updatedAt) {
        this.id = id;
        this.timeZone = timeZone;
        this.updatedAt = updatedAt;
    }

    /** Applies an announcement unless a newer one has already been applied (events of two topics may cross). */
    void update(String zone, Instant at) {
        if (!at.isBefore(updatedAt)) {
            this.timeZone = zone;
            this.updatedAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
