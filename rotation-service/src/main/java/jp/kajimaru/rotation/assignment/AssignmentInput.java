package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;
import java.util.List;

/** One period to plan: every occurrence must fall inside it, or busy days and shares would not describe it. */
public record AssignmentInput(LocalDate periodStart, LocalDate periodEnd, List<MemberInfo> members,
                              List<Occurrence> occurrences, Ledger ledger, History history) {

    public AssignmentInput {
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("period ends before it starts: " + periodStart + " … " + periodEnd);
        }
        members = List.copyOf(members);
        occurrences = List.copyOf(occurrences);
        if (members.stream().map(MemberInfo::id).distinct().count() != members.size()
                || occurrences.stream().map(Occurrence::id).distinct().count() != occurrences.size()) {
            throw new IllegalArgumentException("member and occurrence ids must be unique");
        }
        for (Occurrence o : occurrences) {
            if (o.date().isBefore(periodStart) || o.date().isAfter(periodEnd)) {
                throw new IllegalArgumentException("occurrence " + o.id() + " on " + o.date() + " is outside the period");
            }
        }
    }
}
