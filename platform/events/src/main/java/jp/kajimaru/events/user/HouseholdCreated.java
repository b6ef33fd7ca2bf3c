package jp.kajimaru.events.user;

import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/** A household was set up; {@code adminMemberId} is the member who created it. */
public record HouseholdCreated(
        UUID householdId,
        String name,
        String timeZone,
        String locale,
        Location location,
        RotationUnit rotationUnit,
        boolean shoppingApprovalRequired,
        int idleTimeoutMinutes,
        UUID adminMemberId) implements DomainEvent {
}
