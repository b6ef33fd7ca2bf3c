package jp.kajimaru.events.rotation;

/** Why a task moved to another member. */
public enum ReassignReason {
    BUSY,
    ADMIN,
    SUBSTITUTE,
    REGENERATED,
    MEMBER_REMOVED
}
