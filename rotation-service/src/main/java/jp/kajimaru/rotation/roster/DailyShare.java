package jp.kajimaru.rotation.roster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jp.kajimaru.messaging.jpa.AssignedIdEntity;

/** A member's fair share of one day's assigned weight (the debit side of the fairness ledger). */
@Entity
@Table(name = "daily_shares")
@IdClass(DailyShare.Key.class)
public class DailyShare extends AssignedIdEntity<DailyShare.Key> {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Id
    @Column(name = "share_date")
    private LocalDate date;

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Column(nullable = false)
    private double share;

    protected DailyShare() {
    }

    DailyShare(UUID householdId, LocalDate date, UUID memberId, double share) {
        this.householdId = householdId;
        this.date = date;
        this.memberId = memberId;
        this.share = share;
        markNew();
    }

    void change(double share) {
        this.share = share;
    }

    LocalDate date() {
        return date;
    }

    UUID memberId() {
        return memberId;
    }

    @Override
    public Key getId() {
        return new Key(householdId, date, memberId);
    }

    public static class Key implements Serializable {

        private UUID householdId;
        private LocalDate date;
        private UUID memberId;

        protected Key() {
        }

        public Key(UUID householdId, LocalDate date, UUID memberId) {
            this.householdId = householdId;
            this.date = date;
            this.memberId = memberId;
        }

        LocalDate date() {
            return date;
        }

        UUID memberId() {
            return memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(householdId, k.householdId) && Objects.equals(date, k.date)
                    && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(householdId, date, memberId);
        }
    }
}
