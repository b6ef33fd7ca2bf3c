package jp.kajimaru.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The event topics as platform/events declares them (read from its source; this module depends on no other). */
final class Topics {

    private static final String SOURCE = "platform/events/src/main/java/jp/kajimaru/events/Topics.java";

    private Topics() {
    }

    static List<String> eventTopics() {
        Matcher m = Pattern.compile("public static final String [A-Z_]+ = \"([^\"]+)\";").matcher(Repo.read(Repo.path(SOURCE)));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String dlqSuffix() {
        Matcher m = Pattern.compile("DLQ_SUFFIX = \"([^\"]+)\";").matcher(Repo.read(Repo.path(SOURCE)));
        if (!m.find()) {
            throw new IllegalStateException(SOURCE + " no longer declares DLQ_SUFFIX");
        }
        return m.group(1);
    }
}
