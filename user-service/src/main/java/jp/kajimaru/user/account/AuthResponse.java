package jp.kajimaru.user.account;

import java.util.UUID;

/** Body for API clients; browsers get the same tokens as HttpOnly cookies. */
public record AuthResponse(String accessToken, String tokenType, long expiresIn, UUID userId, UUID householdId,
                           UUID memberId, String role) {
}
