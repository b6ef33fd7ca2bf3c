package jp.kajimaru.inventory.equipment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.domain.InvalidFieldException;

/** A household's appliance or facility; its age counts in whole months from its purchase or installation. */
@Entity
@Table(name = "equipment")
public class Equipment {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EquipmentKind kind;

    @Column(nullable = false)
    private String name;

    private String location;

    @Column(name = "installed_on")
    private LocalDate installedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Equipment() {
    }

    public record Details(EquipmentKind kind, String name, String location, LocalDate installedOn) {
    }

    public static Equipment create(UUID householdId, Details details, LocalDate today, Clock clock) {
        Equipment e = new Equipment();
        e.id = UUID.randomUUID();
        e.householdId = householdId;
        e.createdAt = clock.instant();
        e.edit(details, today, clock);
        return e;
    }

    public void edit(Details d, LocalDate today, Clock clock) {
        if (d.name() == null || d.name().isBlank()) {
            throw new InvalidFieldException("name", "inventory.blank", "must not be blank");
        }
        if (d.installedOn() != null && d.installedOn().isAfter(today)) {
            throw new InvalidFieldException("installedOn", "equipment.installedInFuture", "must not be in the future");
        }
        this.kind = Objects.requireNonNullElse(d.kind(), EquipmentKind.APPLIANCE);
        this.name = d.name().strip();
        this.location = d.location() == null || d.location().isBlank() ? null : d.location().strip();
        this.installedOn = d.installedOn();
        this.updatedAt = clock.instant();
    }

    /** Whole months since purchase or installation on {@code today}; null when that date is unknown. */
    public Long ageInMonths(LocalDate today) {
        return installedOn == null ? null : Math.max(0, ChronoUnit.MONTHS.between(installedOn, today));
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public EquipmentKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String location() {
        return location;
    }

    public LocalDate installedOn() {
        return installedOn;
    }

    public Long version() {
        return version;
    }
}
