package jp.kajimaru.inventory.household;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What inventory keeps of a member (from user-service's events): their current role and whether they still belong. */
@Entity
@Table(name = "members")
public class Member {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Member() {
    }

    Member(UUID id, UUID householdId, String role, boolean active, Instant updatedAt) {
        this.id = id;
        this.householdId = householdId;
        this.role = role;
        this.active = active;
        this.updatedAt = updatedAt;
    }

    /** Applies an announcement unless a newer one has already been applied; a removal is final. */
    void update(String newRole, boolean stillActive, Instant at) {
        if (at.isBefore(updatedAt) || !active) {
            return;
        }
        if (newRole != null) {
            this.role = newRole;
        }
        this.active = stillActive;
        this.updatedAt = at;
    }

    public String role() {
        return role;
    }

    public boolean active() {
        return active;
    }
}
