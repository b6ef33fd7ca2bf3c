package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;

/** Busy from {@code from} through {@code untilInclusive} (open-ended when null). */
public record BusySpan(LocalDate from, LocalDate untilInclusive) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (untilInclusive == null || !day.isAfter(untilInclusive));
    }
}
