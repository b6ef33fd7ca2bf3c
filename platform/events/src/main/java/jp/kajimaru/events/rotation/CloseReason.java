package jp.kajimaru.events.rotation;

/** Why a substitute request ended without being accepted. */
public enum CloseReason {
    WITHDRAWN,
    EXPIRED,
    TASK_DONE,
    TASK_REMOVED
}
