package jp.kajimaru.rotation.assignment;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Carried weighted balance per member: positive = did more than their fair share so far. Immutable. */
public final class Ledger {

    private final Map<UUID, Double> balances;

    private Ledger(Map<UUID, Double> balances) {
        this.balances = balances;
    }

    public static Ledger empty() {
        return new Ledger(Map.of());
    }

    public double balance(UUID member) {
        return balances.getOrDefault(member, 0.0);
    }

    public Ledger with(UUID member, double delta) {
        Map<UUID, Double> copy = new TreeMap<>(balances);
        copy.merge(member, delta, Double::sum);
        return new Ledger(Map.copyOf(copy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ledger other && other.balances.equals(balances);
    }

    @Override
    public int hashCode() {
        return balances.hashCode();
    }

    @Override
    public String toString() {
        return "Ledger" + new TreeMap<>(balances);
    }
}
