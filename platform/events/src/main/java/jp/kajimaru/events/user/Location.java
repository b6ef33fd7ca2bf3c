package jp.kajimaru.events.user;

/** Where the household is, for weather lookups; {@code label} is what members see. */
public record Location(String label, double latitude, double longitude) {
}
