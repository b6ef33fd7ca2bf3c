package jp.kajimaru.events.user;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** Carries all settings after the change, so consumers replace their copy instead of merging. */
public record HouseholdUpdated(
        UUID householdId,
        String name,
        String timeZone,
        String locale,
        Location location,
        RotationUnit rotationUnit,
        boolean shoppingApprovalRequired,
        int idleTimeoutMinutes) implements DomainEvent {
}
