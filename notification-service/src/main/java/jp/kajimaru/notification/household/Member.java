package jp.kajimaru.notification.household;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The replica of a household member: who they are and whether they may still hear anything. */
@Entity
@Table(name = "members")
public class Member {

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(nullable = false)
    private String role;
    @Column(name = "has_login", nullable = false)
    private boolean hasLogin;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    private String email;

    protected Member() {
    }

    public Member(UUID id, UUID householdId) {
        this.id = id;
        this.householdId = householdId;
    }

    /**
     * The whole profile after a change; an event older than the copy changes nothing. {@code email} is the login address
     * user-service announced (MemberJoined.email, MemberUpdated.email, ADR 0009/0014); {@code null} — no login, or a
     * producer from before the field — leaves a known one alone.
     */
    public void apply(String displayName, String role, boolean hasLogin, String email, Instant at) {
        if (updatedAt != null && at.isBefore(updatedAt)) {
            return;
        }
        this.displayName = displayName;
        this.role = role;
        this.hasLogin = hasLogin;
        this.active = true;
        this.updatedAt = at;
        if (email != null && !email.isBlank()) {
            this.email = email.strip();
        }
    }

    /** The member's login address as user-service announced it, if any. */
    public String email() {
        return email;
    }

    public void remove(Instant at) {
        this.active = false;
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String displayName() {
        return displayName;
    }

    public String role() {
        return role;
    }

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }

    public boolean active() {
        return active;
    }
}
