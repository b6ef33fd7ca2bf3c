package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;
import java.util.List;

public record AssignmentInput(LocalDate periodStart, LocalDate periodEnd, List<MemberInfo> members,
                              List<Occurrence> occurrences, Ledger ledger, History history) {

    public AssignmentInput {
        members = List.copyOf(members);
        occurrences = List.copyOf(occurrences);
    }
}
