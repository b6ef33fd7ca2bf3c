package jp.kajimaru.shopping.member;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member as user-service last announced them. Leaving is final: a late update does not bring a member back. */
@Entity
@Table(name = "members")
public class HouseholdMember {

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(nullable = false)
    private String role;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected HouseholdMember() {
    }

    static HouseholdMember joined(UUID id, UUID householdId, String role, Instant at) {
        HouseholdMember m = new HouseholdMember();
        m.id = id;
        m.householdId = householdId;
        m.role = role;
        m.active = true;
        m.changedAt = at;
        return m;
    }

    /** Takes the announced role unless the member has left or the announcement is older than what is known. */
    void announce(String newRole, Instant at) {
        if (active && !at.isBefore(changedAt)) {
            role = newRole;
            changedAt = at;
        }
    }

    void leave(Instant at) {
        active = false;
        if (at.isAfter(changedAt)) {
            changedAt = at;
        }
    }

    public String role() {
        return role;
    }

    public boolean active() {
        return active;
    }
}
