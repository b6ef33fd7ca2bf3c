package jp.kajimaru.user.invitation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jp.kajimaru.events.user.MemberRole;

/** Defaults: valid 24 hours, one use, joins as a member. */
public record InviteRequest(@Min(1) @Max(168) Integer expiresInHours, @Min(1) @Max(20) Integer maxUses, MemberRole role) {
}
