package jp.kajimaru.notification.message;

/** What a message is about; preferences and webhooks choose by kind. */
public enum Kind {
    TASK_ASSIGNED,
    TASK_REASSIGNED,
    TASK_OVERDUE,
    REMINDER_EVENING,
    REMINDER_MORNING,
    ROSTER_PUBLISHED,
    SUBSTITUTE_REQUESTED,
    SUBSTITUTE_ACCEPTED,
    SUBSTITUTE_CLOSED,
    STOCK_LOW,
    MAINTENANCE_DUE,
    SHOPPING_APPROVAL_REQUESTED,
    SHOPPING_APPROVED,
    SHOPPING_REJECTED,
    WEATHER,
    /** A member's one message a day instead of single e-mails (preference "daily digest"). */
    DAILY_DIGEST,
    /** The admins' daily list of overdue tasks. */
    OVERDUE_DIGEST;

    /**
     * Whether a member who chose the daily digest gets this kind in the digest instead of as its own e-mail. Reminders
     * are already once-a-day messages at a time of their own, and the digests are not digested again.
     */
    public boolean digestible() {
        return this != REMINDER_EVENING && this != REMINDER_MORNING && this != DAILY_DIGEST && this != OVERDUE_DIGEST;
    }
}
