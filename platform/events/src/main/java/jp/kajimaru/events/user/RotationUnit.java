package jp.kajimaru.events.user;

/** How often the chore roster is regenerated. */
public enum RotationUnit {
    DAILY,
    WEEKLY
}
