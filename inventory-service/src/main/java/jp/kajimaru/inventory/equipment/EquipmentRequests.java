package jp.kajimaru.inventory.equipment;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the equipment and maintenance API. */
public final class EquipmentRequests {

    private EquipmentRequests() {
    }

    /** POST and PATCH (which replaces every field, as the form sends them; {@code version} as read, or 409). */
    public record EquipmentRequest(
            EquipmentKind kind,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) String location,
            LocalDate installedOn,
            Long version) {

        Equipment.Details details() {
            return new Equipment.Details(kind, name, location, installedOn);
        }
    }

    /**
     * Exactly one of {@code intervalDays} and {@code intervalMonths}; {@code leadDays} defaults to 30, weight to 1.
     * PATCH replaces name, interval, lead time and weight ({@code lastDone} is ignored there), with {@code version}.
     */
    public record TaskRequest(
            @NotBlank @Size(max = 100) String name,
            @Min(1) @Max(3650) Integer intervalDays,
            @Min(1) @Max(120) Integer intervalMonths,
            LocalDate lastDone,
            @Min(0) @Max(365) Integer leadDays,
            @Min(1) @Max(5) Integer weight,
            Long version) {

        MaintenanceTask.Details details() {
            return new MaintenanceTask.Details(name, intervalDays, intervalMonths, lastDone, leadDays, weight);
        }
    }

    /** Mark done; without {@code doneOn} it was done today (in the household's time zone). */
    public record DoneRequest(LocalDate doneOn) {
    }
}
