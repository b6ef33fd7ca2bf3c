package jp.kajimaru.rotation.roster;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jp.kajimaru.events.rotation.RosterPublishedV2;
import jp.kajimaru.messaging.jpa.AssignedIdEntity;

/** A period a household's roster has been planned for; its roster is announced once, when it first has assignees. */
@Entity
@Table(name = "periods")
@IdClass(RosterPeriod.Key.class)
public class RosterPeriod extends AssignedIdEntity<RosterPeriod.Key> {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Id
    @Column(name = "period_start")
    private LocalDate start;

    @Column(name = "period_end", nullable = false)
    private LocalDate end;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected RosterPeriod() {
    }

    RosterPeriod(UUID householdId, Period period, Instant now) {
        this.householdId = householdId;
        this.start = period.start();
        this.end = period.end();
        this.generatedAt = now;
        markNew();
    }

    /** The roster, the first time it has someone in it; nothing once it was announced or while it is empty. */
    Optional<RosterPublishedV2> publish(RosterPublishedV2 roster, Instant now) {
        if (publishedAt != null || roster.shares().isEmpty()) {
            return Optional.empty();
        }
        publishedAt = now;
        return Optional.of(roster);
    }

    public Period period() {
        return new Period(start, end);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    @Override
    public Key getId() {
        return new Key(householdId, start);
    }

    public static class Key implements Serializable {

        private UUID householdId;
        private LocalDate start;

        protected Key() {
        }

        public Key(UUID householdId, LocalDate start) {
            this.householdId = householdId;
            this.start = start;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(householdId, k.householdId) && Objects.equals(start, k.start);
        }

        @Override
        public int hashCode() {
            return Objects.hash(householdId, start);
        }
    }
}
