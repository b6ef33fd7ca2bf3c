package jp.kajimaru.inventory.equipment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.inventory.MaintenanceDone;
import jp.kajimaru.events.inventory.MaintenanceDue;

/**
 * Recurring care of one piece of equipment, and its rules.
 * <ul>
 *   <li>The next due date is the last time it was done plus the interval (days or months); never done, it counts
 *       from the equipment's installation, or from the day the task was added.</li>
 *   <li>From {@code nextDue − leadDays} on it is upcoming, and MaintenanceDue goes out once for that due date
 *       ({@code dueNotified}, kept in the row: a restart or a second replica cannot send it twice).</li>
 *   <li>Done (by hand or through the rotation's chore) records who and when, MaintenanceDone, and rolls the next
 *       due date, which opens the next cycle.</li>
 * </ul>
 */
@Entity
@Table(name = "maintenance_tasks")
public class MaintenanceTask {

    public static final int DEFAULT_LEAD_DAYS = 30;

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false)
    private Equipment equipment;

    @Column(nullable = false)
    private String name;

    @Column(name = "interval_days")
    private Integer intervalDays;

    @Column(name = "interval_months")
    private Integer intervalMonths;

    @Column(name = "last_done_on")
    private LocalDate lastDoneOn;

    @Column(name = "last_done_by")
    private UUID lastDoneBy;

    @Column(name = "next_due_on", nullable = false)
    private LocalDate nextDueOn;

    @Column(name = "lead_days", nullable = false)
    private int leadDays;

    @Column(nullable = false)
    private int weight;

    @Column(name = "notify_on", nullable = false)
    private LocalDate notifyOn;

    @Column(name = "due_notified", nullable = false)
    private boolean dueNotified;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected MaintenanceTask() {
    }

    public record Details(String name, Integer intervalDays, Integer intervalMonths, LocalDate lastDone, Integer leadDays,
                          Integer weight) {
    }

    public static MaintenanceTask create(Equipment equipment, Details d, LocalDate today, Clock clock) {
        MaintenanceTask t = new MaintenanceTask();
        t.id = UUID.randomUUID();
        t.householdId = equipment.householdId();
        t.equipment = equipment;
        t.createdAt = clock.instant();
        t.apply(d, today);
        t.lastDoneOn = d.lastDone();
        LocalDate base = d.lastDone() != null ? d.lastDone()
                : equipment.installedOn() != null ? equipment.installedOn() : today;
        t.schedule(t.after(base));
        t.updatedAt = t.createdAt;
        return t;
    }

    /**
     * The scan: MaintenanceDue once per due date, from {@code nextDue − leadDays} on (also when the scan ran late
     * or the task was added already overdue). Null when it is not time yet or it has already gone out.
     */
    public MaintenanceDue dueCheck(LocalDate today) {
        if (dueNotified || today.isBefore(notifyOn)) {
            return null;
        }
        dueNotified = true;
        return new MaintenanceDue(householdId, id, equipment.id(), equipment.name(), name, nextDueOn, weight);
    }

    /** Done on {@code doneOn} (not in the future, not before the last time) by {@code by} (null: not known). */
    public MaintenanceDone markDone(LocalDate doneOn, UUID by, LocalDate today, Clock clock) {
        if (doneOn.isAfter(today)) {
            throw new InvalidFieldException("doneOn", "maintenance.doneInFuture", "must not be in the future");
        }
        if (lastDoneOn != null && doneOn.isBefore(lastDoneOn)) {
            throw new InvalidFieldException("doneOn", "maintenance.doneBeforeLast", "must not be before the last time it was done");
        }
        lastDoneOn = doneOn;
        lastDoneBy = by;
        schedule(after(doneOn));
        updatedAt = clock.instant();
        return new MaintenanceDone(householdId, id, equipment.id(), doneOn, by, nextDueOn);
    }

    /**
     * Changes name, interval, lead time and weight ({@code lastDone} is left alone: "done" records it). A cycle
     * already announced keeps its due date (its chore is in the roster) and the new interval applies from the next
     * roll; otherwise the due date is recomputed from the last time it was done (or from where the cycle started).
     */
    public void edit(Details d, LocalDate today, Clock clock) {
        LocalDate cycleStart = lastDoneOn != null ? lastDoneOn : before(nextDueOn);
        apply(new Details(d.name(), d.intervalDays(), d.intervalMonths(), null, d.leadDays(), d.weight()), today);
        if (dueNotified) {
            notifyOn = nextDueOn.minusDays(leadDays);
        } else {
            schedule(after(cycleStart));
        }
        updatedAt = clock.instant();
    }

    /** The open cycle was announced (MaintenanceDue went out) and is not done yet: a chore for it may be open. */
    public boolean awaitingDone() {
        return dueNotified;
    }

    public boolean upcoming(LocalDate today) {
        return !today.isBefore(notifyOn);
    }

    private void apply(Details d, LocalDate today) {
        if (d.name() == null || d.name().isBlank()) {
            throw new InvalidFieldException("name", "inventory.blank", "must not be blank");
        }
        boolean days = d.intervalDays() != null;
        boolean months = d.intervalMonths() != null;
        if (days == months) {
            throw new InvalidFieldException(days ? "intervalMonths" : "intervalDays", "maintenance.oneInterval",
                    "give the interval either in days or in months");
        }
        if (days && d.intervalDays() < 1 || months && d.intervalMonths() < 1) {
            throw new InvalidFieldException(days ? "intervalDays" : "intervalMonths", "maintenance.intervalPositive",
                    "must be at least one");
        }
        if (d.lastDone() != null && d.lastDone().isAfter(today)) {
            throw new InvalidFieldException("lastDone", "maintenance.doneInFuture", "must not be in the future");
        }
        int lead = d.leadDays() == null ? DEFAULT_LEAD_DAYS : d.leadDays();
        if (lead < 0) {
            throw new InvalidFieldException("leadDays", "maintenance.leadNegative", "must be zero or more");
        }
        if (d.weight() != null && (d.weight() < 1 || d.weight() > 5)) {
            throw new InvalidFieldException("weight", "maintenance.weightRange", "must be between 1 and 5");
        }
        this.name = d.name().strip();
        this.intervalDays = d.intervalDays();
        this.intervalMonths = d.intervalMonths();
        this.leadDays = lead;
        this.weight = d.weight() == null ? 1 : d.weight();
    }

    private LocalDate before(LocalDate due) {
        return intervalDays != null ? due.minusDays(intervalDays) : due.minusMonths(intervalMonths);
    }

    private LocalDate after(LocalDate from) {
        return intervalDays != null ? from.plusDays(intervalDays) : from.plusMonths(intervalMonths);
    }

    private void schedule(LocalDate nextDue) {
        this.nextDueOn = nextDue;
        this.notifyOn = nextDue.minusDays(leadDays);
        this.dueNotified = false;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public Equipment equipment() {
        return equipment;
    }

    public String name() {
        return name;
    }

    public Integer intervalDays() {
        return intervalDays;
    }

    public Integer intervalMonths() {
        return intervalMonths;
    }

    public LocalDate lastDoneOn() {
        return lastDoneOn;
    }

    public UUID lastDoneBy() {
        return lastDoneBy;
    }

    public LocalDate nextDueOn() {
        return nextDueOn;
    }

    public int leadDays() {
        return leadDays;
    }

    public int weight() {
        return weight;
    }

    public LocalDate notifyOn() {
        return notifyOn;
    }

    public boolean dueNotified() {
        return dueNotified;
    }

    public Long version() {
        return version;
    }
}
