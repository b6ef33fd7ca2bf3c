package jp.kajimaru.events;

/** One topic per publishing service, so each service owns the ordering and retention of its events. */
public final class Topics {

    public static final String USER = "kajimaru.user.events";
    public static final String ROTATION = "kajimaru.rotation.events";
    public static final String INVENTORY = "kajimaru.inventory.events";
    public static final String SHOPPING = "kajimaru.shopping.events";
    public static final String WEATHER = "kajimaru.weather.events";

    private static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Dead-letter topic for records a consumer of {@code topic} could not process. */
    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
