package jp.kajimaru.notification.message;

/** Where a message goes: the in-app inbox, e-mail, or the household's webhooks. */
public enum Channel {
    IN_APP,
    EMAIL,
    WEBHOOK
}
