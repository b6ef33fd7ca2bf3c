package jp.kajimaru.rotation.household;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kajimaru.messaging.jpa.AssignedIdEntity;
import jp.kajimaru.rotation.assignment.BusySpan;
import jp.kajimaru.rotation.assignment.MemberInfo;
import jp.kajimaru.rotation.assignment.Role;

/**
 * rotation-service's copy of a household member (user-service owns them), kept from its events: name, role,
 * whether they still belong, their busy span and when they joined (their fair shares start that day).
 */
@Entity
@Table(name = "members")
public class Member extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "busy_from")
    private Instant busyFrom;

    @Column(name = "busy_until")
    private Instant busyUntil;

    @Column(name = "joined_at")
    private Instant joinedAt;

    protected Member() {
    }

    /** A member the replica meets for the first time; they join at {@code at}. */
    Member(UUID id, UUID householdId, String displayName, String role, Instant at) {
        markNew();
        this.id = id;
        this.householdId = householdId;
        this.joinedAt = at;
        update(displayName, role, at);
    }

    /** Joined again or updated: name and role follow, and the member is active (the day they joined stays). */
    void update(String displayName, String role, Instant at) {
        this.displayName = displayName;
        this.role = role;
        this.active = true;
        this.updatedAt = at;
    }

    void deactivate(Instant at) {
        this.active = false;
        this.updatedAt = at;
    }

    /** Busy from {@code from} until {@code until} (open-ended when null); both null = not busy. */
    void busy(Instant from, Instant until) {
        this.busyFrom = from;
        this.busyUntil = until;
    }

    public UUID id() {
        return id;
    }

    /** Spring Data's name for the id ({@link AssignedIdEntity}: a new replica row is inserted without a select). */
    @Override
    public UUID getId() {
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

    public boolean active() {
        return active;
    }

    public Instant busyFrom() {
        return busyFrom;
    }

    public Instant busyUntil() {
        return busyUntil;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    /**
     * The member as the assignment sees them: busy days in the household's calendar, and absent (as if busy) before
     * the day they joined, so a newcomer's fair share starts with them.
     */
    public MemberInfo info(ZoneId zone) {
        List<BusySpan> busy = new ArrayList<>();
        if (busyFrom != null) {
            busy.add(new BusySpan(busyFrom.atZone(zone).toLocalDate(),
                    busyUntil == null ? null : busyUntil.minusNanos(1).atZone(zone).toLocalDate()));
        }
        if (joinedAt != null) {
            busy.add(new BusySpan(LocalDate.EPOCH, joinedAt.atZone(zone).toLocalDate().minusDays(1)));
        }
        return new MemberInfo(id, displayName, Role.valueOf(role), busy);
    }
}
