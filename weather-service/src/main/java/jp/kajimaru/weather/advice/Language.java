package jp.kajimaru.weather.advice;

import java.util.Locale;

/** The two languages advice is written in; Japanese unless English is asked for. */
public enum Language {
    JA, EN;

    /** {@code en}, {@code en-GB}, {@code en-US,en;q=0.9} → EN; {@code ja}, {@code ja-JP} → JA; anything else null. */
    public static Language parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String first = tag.split(",")[0].strip().toLowerCase(Locale.ROOT);
        if (first.startsWith("en")) {
            return EN;
        }
        if (first.startsWith("ja")) {
            return JA;
        }
        return null;
    }

    /** The caller's choice first, then the household's locale, then Japanese. */
    public static Language choose(String acceptLanguage, String householdLocale) {
        Language asked = parse(acceptLanguage);
        if (asked != null) {
            return asked;
        }
        Language household = parse(householdLocale);
        return household != null ? household : JA;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
