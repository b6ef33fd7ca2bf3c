package jp.kajimaru.rotation.chore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.domain.InvalidFieldException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A household's recurring chore. Weight 1 (light) … 5 (heavy); candidates empty = everyone eligible. It occurs from
 * {@code startsOn} on, and an every-N-days schedule counts from that day.
 */
@Entity
@Table(name = "chores")
public class Chore {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(nullable = false)
    private int weight;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind", nullable = false)
    private Schedule.Kind scheduleKind;

    @JdbcTypeCode(SqlTypes.TINYINT)
    private Integer weekdays;

    @Column(name = "every_n_days")
    private Integer everyNDays;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(name = "month_day")
    private Integer monthDay;

    @Column(name = "due_time")
    private LocalTime dueTime;

    @Column(name = "minimum_role")
    private String minimumRole;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "default_key")
    private String defaultKey;

    /** A key from {@link ChoreKinds}, or null: what the chore is, for weather recommendations. */
    @Column(name = "kind", length = 32)
    private String kind;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    /** Empty = everyone eligible. */
    @ElementCollection
    @CollectionTable(name = "chore_candidates", joinColumns = @JoinColumn(name = "chore_id"))
    @Column(name = "member_id", nullable = false)
    private List<UUID> candidateMemberIds = new ArrayList<>();

    @Version
    private Long version;

    protected Chore() {
    }

    public Chore(UUID id, UUID householdId, String name, int weight, Schedule schedule, LocalTime dueTime,
                 String minimumRole, boolean active, List<UUID> candidateMemberIds, LocalDate startsOn) {
        this.id = Objects.requireNonNull(id, "id");
        this.householdId = Objects.requireNonNull(householdId, "householdId");
        redefine(name, weight, schedule, dueTime, minimumRole, active, candidateMemberIds, startsOn);
    }

    /** Where it is listed and when it was made; a default chore also carries the key of its template. */
    void place(int position, String defaultKey, Instant createdAt) {
        this.position = position;
        this.defaultKey = defaultKey;
        this.createdAt = createdAt;
    }

    /** Sets (a key from {@link ChoreKinds}) or clears (null) what kind of chore this is. */
    public void classify(String kind) {
        this.kind = ChoreKinds.checked(kind);
    }

    /** Replaces the definition as a whole (as the edit form does). */
    public void redefine(String name, int weight, Schedule schedule, LocalTime dueTime, String minimumRole, boolean active,
                         List<UUID> candidateMemberIds, LocalDate startsOn) {
        if (weight < 1 || weight > 5) {
            throw new InvalidFieldException("weight", "chore.weight", "The weight must be 1 to 5.");
        }
        if (schedule == null) {
            throw new InvalidFieldException("schedule", "chore.schedule", "The schedule needs its days, interval or day of month.");
        }
        List<UUID> candidates = distinctCandidates(candidateMemberIds);
        this.name = Objects.requireNonNull(name, "name");
        this.weight = weight;
        this.scheduleKind = schedule.kind();
        this.weekdays = schedule.weekdays();
        this.everyNDays = schedule.everyNDays();
        this.monthDay = schedule.monthDay();
        this.dueTime = dueTime;
        this.minimumRole = minimumRole;
        this.active = active;
        this.candidateMemberIds.clear();
        this.candidateMemberIds.addAll(candidates);
        this.startsOn = Objects.requireNonNull(startsOn, "startsOn");
    }

    /** Candidates are real ids, each listed once. */
    static List<UUID> distinctCandidates(List<UUID> candidates) {
        Set<UUID> seen = new HashSet<>();
        for (UUID candidate : candidates) {
            if (candidate == null) {
                throw new InvalidFieldException("candidateMemberIds", "chore.candidates", "A candidate is empty.");
            }
            if (!seen.add(candidate)) {
                throw new InvalidFieldException("candidateMemberIds", "chore.candidates", "A candidate is listed twice.");
            }
        }
        return List.copyOf(candidates);
    }

    public boolean occursOn(LocalDate day) {
        return !day.isBefore(startsOn) && schedule().occursOn(day, startsOn);
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String name() {
        return name;
    }

    public int weight() {
        return weight;
    }

    public Schedule schedule() {
        return new Schedule(scheduleKind, weekdays, everyNDays, monthDay);
    }

    public LocalTime dueTime() {
        return dueTime;
    }

    public String minimumRole() {
        return minimumRole;
    }

    public boolean active() {
        return active;
    }

    public List<UUID> candidateMemberIds() {
        return List.copyOf(candidateMemberIds);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    /** A key from {@link ChoreKinds}, or null. */
    public String kind() {
        return kind;
    }

    String defaultKey() {
        return defaultKey;
    }

    int position() {
        return position;
    }
}
