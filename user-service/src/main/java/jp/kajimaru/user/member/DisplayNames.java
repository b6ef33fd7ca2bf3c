package jp.kajimaru.user.member;

import java.util.Locale;

import jp.kajimaru.domain.InvalidFieldException;

/**
 * Display names: stripped, not blank, unique per household case-insensitively through a lower-cased key.
 * Lower-casing can make a name longer ("İ" becomes "i" and a combining dot), so the key is checked too:
 * both must fit the 50-character columns.
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = 50;

    private DisplayNames() {
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The stripped name; a 400 on {@code field} when it is blank or it or its key is too long. */
    public static String checked(String field, String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidFieldException(field, "displayName.blank", "The name must not be blank.");
        }
        if (length(stripped) > MAX_LENGTH || length(key(stripped)) > MAX_LENGTH) {
            throw new InvalidFieldException(field, "displayName.tooLong", "The name is too long.");
        }
        return stripped;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
