package jp.kajimaru.rotation.chore;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A chore as clients send it; the schedule is validated as a whole by {@link ScheduleRequest#toSchedule()}.
 * {@code startsOn} (optional) is the first day it may occur and the day an every-N-days schedule counts from.
 * {@code kind} (optional): a key from {@link ChoreKinds} sets the chore's kind, {@code ""} clears it, absent or null
 * keeps it (so clients written before kinds existed do not wipe the default chores' kinds when they edit).
 */
public record ChoreRequest(
        @NotBlank @Size(max = 50) String name,
        @NotNull @Min(1) @Max(5) Integer weight,
        @NotNull @Valid ScheduleRequest schedule,
        LocalTime dueTime,
        @Size(max = 10) List<UUID> candidateMemberIds,
        @Pattern(regexp = "CHILD|MEMBER|ADMIN") String minimumRole,
        Boolean active,
        LocalDate startsOn,
        @Size(max = 32) String kind) {

    /** The request as it was before chores had kinds (the kind stays as it is). */
    public ChoreRequest(String name, Integer weight, ScheduleRequest schedule, LocalTime dueTime,
                        List<UUID> candidateMemberIds, String minimumRole, Boolean active, LocalDate startsOn) {
        this(name, weight, schedule, dueTime, candidateMemberIds, minimumRole, active, startsOn, null);
    }

    public record ScheduleRequest(
            @NotNull Schedule.Kind kind,
            @Min(1) @Max(127) Integer weekdays,
            @Min(1) @Max(365) Integer everyNDays,
            @Min(1) @Max(31) Integer monthDay) {

        /** The one field that matters for the kind must be present; the others are ignored. */
        Schedule toSchedule() {
            return switch (kind) {
                case WEEKDAYS -> weekdays == null ? null : Schedule.weekdays(weekdays);
                case INTERVAL -> everyNDays == null ? null : new Schedule(kind, null, everyNDays, null);
                case MONTHLY -> monthDay == null ? null : new Schedule(kind, null, null, monthDay);
            };
        }
    }
}
