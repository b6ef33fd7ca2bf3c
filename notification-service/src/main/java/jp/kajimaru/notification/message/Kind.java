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
    WEATHER
}
