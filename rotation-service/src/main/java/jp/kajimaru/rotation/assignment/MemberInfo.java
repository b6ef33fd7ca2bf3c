package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record MemberInfo(UUID id, String name, Role role, List<BusySpan> busy) {

    public MemberInfo {
        busy = List.copyOf(busy);
    }

    public boolean busyOn(LocalDate day) {
        return busy.stream().anyMatch(s -> s.covers(day));
    }
}
