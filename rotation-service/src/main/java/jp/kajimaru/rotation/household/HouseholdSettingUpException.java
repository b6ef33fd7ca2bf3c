package jp.kajimaru.rotation.household;

/**
 * The caller's token names a household that user-service has created but whose {@code HouseholdCreated}, or its
 * founder's {@code MemberJoined}, has not been applied here yet: its starter chores and first roster are still on their
 * way. Not a 404 — the household exists, and the client is told to ask again shortly ({@link SettingUpAnswer}).
 */
public class HouseholdSettingUpException extends RuntimeException {

    public HouseholdSettingUpException() {
        super("Your household is still being set up; its chores and roster appear in a moment.");
    }
}
