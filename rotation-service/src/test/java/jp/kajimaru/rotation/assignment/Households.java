package jp.kajimaru.rotation.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Random but reproducible households for the properties: members, roles, busy spans, chores, ledgers. */
final class Households {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private Households() {
    }

    static AssignmentInput random(long seed, boolean withRestrictions) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(10);
        List<MemberInfo> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Role role = Role.values()[r.nextInt(3)];
            List<BusySpan> busy = new ArrayList<>();
            if (withRestrictions && r.nextInt(4) == 0) {
                LocalDate from = MONDAY.plusDays(r.nextInt(7));
                busy.add(new BusySpan(from, r.nextBoolean() ? null : from.plusDays(r.nextInt(3))));
            }
            members.add(new MemberInfo(new UUID(0, i + 1), "m" + i, role, busy));
        }
        int count = r.nextInt(41);
        List<Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<UUID> candidates = new HashSet<>();
            if (withRestrictions && r.nextInt(3) == 0) {
                for (MemberInfo m : members) {
                    if (r.nextBoolean()) {
                        candidates.add(m.id());
                    }
                }
            }
            Role minimum = withRestrictions && r.nextInt(4) == 0 ? Role.values()[r.nextInt(3)] : null;
            UUID chore = new UUID(1, r.nextInt(11));
            occurrences.add(new Occurrence(new UUID(2, i), chore, "chore", MONDAY.plusDays(r.nextInt(7)), 1 + r.nextInt(5),
                    candidates, minimum));
        }
        Ledger ledger = Ledger.empty();
        for (MemberInfo m : members) {
            if (r.nextBoolean()) {
                ledger = ledger.with(m.id(), r.nextInt(21) - 10);
            }
        }
        return new AssignmentInput(MONDAY, MONDAY.plusDays(6), members, occurrences, ledger, History.empty());
    }
}
