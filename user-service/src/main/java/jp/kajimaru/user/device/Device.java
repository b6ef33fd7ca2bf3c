package jp.kajimaru.user.device;

import java.time.Instant;
import java.util.UUID;

/** A browser an admin registered as the household's shared device (共通端末). */
public record Device(UUID id, UUID householdId, String name, Instant createdAt, Instant lastSeenAt) {
}
