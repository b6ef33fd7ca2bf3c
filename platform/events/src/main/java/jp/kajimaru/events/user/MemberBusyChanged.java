package jp.kajimaru.events.user;

import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.events.DomainEvent;

/**
 * A member marked themselves busy or available; the rotation skips busy members.
 *
 * @param from  start of the busy period, or {@code null} when it starts now or the member is available
 * @param until end of the busy period, or {@code null} when open-ended or the member is available
 */
public record MemberBusyChanged(
        UUID householdId,
        UUID memberId,
        boolean busy,
        Instant from,
        Instant until) implements DomainEvent {
}
