package jp.kajimaru.web.security;

import java.util.UUID;

/**
 * Where a service looks a caller up as they are now — its own members table, or its replica of user-service's —
 * so that a removed member or a demoted admin loses their powers at once instead of when the access token expires
 * (up to 15 minutes later). A service that provides one gets {@link CurrentMembershipInterceptor}.
 */
public interface MemberDirectory {

    /** {@code memberId} may be null (a token that names no member). */
    Membership lookup(UUID householdId, UUID memberId);

    /** What the directory knows: an active member with their current role, a removed one, or nothing (yet). */
    record Membership(Status status, String role) {

        public enum Status { ACTIVE, REMOVED, UNKNOWN }

        public static Membership active(String role) {
            return new Membership(Status.ACTIVE, role);
        }

        public static Membership removed() {
            return new Membership(Status.REMOVED, null);
        }

        /** Not (yet) known here, e.g. a replica the member's MemberJoined has not reached: the token is trusted. */
        public static Membership unknown() {
            return new Membership(Status.UNKNOWN, null);
        }
    }
}
