package jp.kajimaru.events.user;

/** Admins manage the household; children may have no login of their own. */
public enum MemberRole {
    ADMIN,
    MEMBER,
    CHILD
}
