package jp.kajimaru.weather.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every weather rule in one place: the category from the WMO code (SPEC §9), refined by rain chance, wind, humidity
 * and temperature; one line of advice and four recommended chores per outcome, in Japanese and English.
 *
 * <p>Refinements, in this order:
 * <ol>
 *   <li>a sunny or cloudy day with a rain chance of {@value #RAIN_LIKELY_PERCENT}% or more counts as rain;</li>
 *   <li>thunder codes (95–99) get their own advice (stay indoors);</li>
 *   <li>strong wind (daily max {@value #STRONG_WIND_KMH} km/h or more, about 10 m/s): nothing is hung or laid out
 *       outside — futons go in the futon dryer, rugs are vacuumed instead of sun-dried;</li>
 *   <li>high humidity (daytime mean {@value #HUMID_PERCENT}% or more): no futon airing;</li>
 *   <li>a hot day (max {@value #HOT_C} °C or more) swaps balcony cleaning for the air-conditioner filter.</li>
 * </ol>
 */
public final class WeatherRules {

    public static final int RAIN_LIKELY_PERCENT = 60;
    public static final double STRONG_WIND_KMH = 36.0;
    public static final int HUMID_PERCENT = 75;
    public static final double HOT_C = 30.0;

    // ---- the recommended chores (SPEC §9: the original's four per category, plus the refinements' swaps). ----
    // The second key is the chore kind, from rotation-service's ChoreKinds vocabulary (ADR 0011): the dashboard offers
    // "do it today" for the household's chore of that kind.
    static final Recommendation AIR_FUTONS = rec("airFutons", "futon", "布団を干す", "Air the futons");
    static final Recommendation SUN_DRY_RUGS = rec("sunDryRugs", "rugs", "ラグ・マットを天日干し", "Sun-dry the rugs and mats");
    static final Recommendation CLEAN_BALCONY = rec("cleanBalcony", "balcony", "ベランダ掃除", "Clean the balcony");
    static final Recommendation WINDOWS_OUTSIDE = rec("wipeWindowsOutside", "windows", "窓の外側を拭く", "Wipe the windows outside");
    static final Recommendation FRIDGE = rec("wipeFridgeShelves", "fridge", "冷蔵庫の棚を拭く", "Wipe the fridge shelves");
    static final Recommendation DESCALE_TAPS = rec("descaleTaps", "taps", "蛇口の水垢取り", "Descale the taps");
    static final Recommendation SORT_CLOTHES = rec("sortClothes", "clothes", "衣類の整理", "Sort the clothes");
    static final Recommendation VACUUM = rec("vacuum", "rooms", "部屋に掃除機をかける", "Vacuum the rooms");
    static final Recommendation BATH_MOULD = rec("bathroomMould", "bath", "お風呂のカビ取り", "Remove the bathroom mould");
    static final Recommendation DRAINS = rec("cleanDrains", "drains", "排水口の掃除", "Clean the drains");
    static final Recommendation HOB_HOOD = rec("degreaseHobAndHood", "stove", "コンロと換気扇の油汚れ落とし", "Degrease the hob and hood");
    static final Recommendation DEHUMIDIFY = rec("dehumidify", "laundry", "除湿して部屋干し", "Dehumidify and dry laundry indoors");
    static final Recommendation HUMIDIFIER = rec("cleanHumidifier", "humidifier", "加湿器の掃除", "Clean the humidifier");
    static final Recommendation CONDENSATION = rec("wipeCondensation", "windows", "窓の結露を拭く", "Wipe the window condensation");
    static final Recommendation STOCK = rec("checkStock", "stock", "日用品の在庫チェック", "Check the household stock");
    static final Recommendation ENTRANCE_MUD = rec("entranceMud", "entrance", "玄関の泥汚れ掃除", "Clean the mud off the entrance");
    static final Recommendation FUTON_DRYER = rec("futonDryer", "futon", "布団乾燥機をかける", "Run the futon dryer");
    static final Recommendation VACUUM_RUGS = rec("vacuumRugs", "rugs", "ラグに掃除機をかける", "Vacuum the rugs");
    static final Recommendation AIRCON_FILTER = rec("cleanAirconFilter", "aircon", "エアコンのフィルター掃除", "Clean the air-conditioner filter");

    static final Map<Category, List<Recommendation>> BASE = Map.of(
            Category.SUNNY, List.of(AIR_FUTONS, SUN_DRY_RUGS, CLEAN_BALCONY, WINDOWS_OUTSIDE),
            Category.CLOUDY, List.of(FRIDGE, DESCALE_TAPS, SORT_CLOTHES, VACUUM),
            Category.RAIN, List.of(BATH_MOULD, DRAINS, HOB_HOOD, DEHUMIDIFY),
            Category.SNOW, List.of(HUMIDIFIER, CONDENSATION, STOCK, ENTRANCE_MUD));

    /** The advice lines by situation key (also the {@code kind} of WeatherRecommendationIssued). */
    static final Map<String, String[]> ADVICE = Map.ofEntries(
            Map.entry("sunny", new String[] {"晴れ。洗濯物も布団もよく乾きます。外の家事にぴったりの日です。",
                    "Sunny: laundry and futons dry well, a day for the outdoor chores."}),
            Map.entry("sunnyWindy", new String[] {"晴れですが風が強い日。洗濯物や布団は外に干さず、部屋干しにしましょう。",
                    "Sunny but windy: keep the laundry and futons indoors today."}),
            Map.entry("sunnyHumid", new String[] {"晴れでも湿気が多い日。布団干しは控えて、部屋の換気を。",
                    "Sunny but humid: skip airing the futons and air the rooms instead."}),
            Map.entry("sunnyHot", new String[] {"暑い日。外の家事は朝の涼しいうちに、こまめに水分補給を。",
                    "Hot day: do the outdoor chores in the cool of the morning and drink plenty."}),
            Map.entry("cloudy", new String[] {"くもり。家の中の家事を片づけるのにちょうどいい日です。",
                    "Cloudy: a good day to catch up on the indoor chores."}),
            Map.entry("cloudyWindy", new String[] {"くもりで風が強い日。洗濯物は部屋干しにして、家の中の家事を。",
                    "Cloudy and windy: dry the laundry indoors and stay with the indoor chores."}),
            Map.entry("rainLikely", new String[] {"雨になりそうです。洗濯物は部屋干しが安心。水まわりの掃除をしましょう。",
                    "Rain is likely: dry the laundry indoors to be safe and clean the wet areas."}),
            Map.entry("rain", new String[] {"雨。洗濯物は部屋干しにして、湿気がこもりやすい水まわりの掃除を。",
                    "Rain: dry the laundry indoors and clean the damp wet areas."}),
            Map.entry("thunder", new String[] {"雷雨のおそれ。外に出る家事は控えて、家の中で過ごしましょう。",
                    "Thunderstorms possible: leave the outdoor chores and stay indoors."}),
            Map.entry("snow", new String[] {"雪。足元に気をつけて、家の中で冬の備えをしましょう。",
                    "Snow: mind your step and get the house ready for the cold."}));

    private WeatherRules() {
    }

    /** The outcome for one day, or empty when the weather code is missing or not a WMO code. */
    public static Optional<Decision> decide(Conditions c) {
        return Category.ofWmoCode(c.weatherCode()).map(base -> refine(base, c));
    }

    private static Decision refine(Category base, Conditions c) {
        Category category = base;
        String situation = base.key();
        boolean rainLikely = (base == Category.SUNNY || base == Category.CLOUDY)
                && c.precipitationProbability() != null && c.precipitationProbability() >= RAIN_LIKELY_PERCENT;
        boolean windy = c.windMaxKmh() != null && c.windMaxKmh() >= STRONG_WIND_KMH;
        boolean humid = c.daytimeHumidity() != null && c.daytimeHumidity() >= HUMID_PERCENT;
        boolean hot = c.temperatureMax() != null && c.temperatureMax() >= HOT_C;
        if (rainLikely) {
            category = Category.RAIN;
            situation = "rainLikely";
        } else if (base == Category.RAIN && c.weatherCode() >= 95) {
            situation = "thunder";
        } else if (base == Category.SUNNY && windy) {
            situation = "sunnyWindy";
        } else if (base == Category.CLOUDY && windy) {
            situation = "cloudyWindy";
        } else if (base == Category.SUNNY && humid) {
            situation = "sunnyHumid";
        } else if (base == Category.SUNNY && hot) {
            situation = "sunnyHot";
        }
        List<Recommendation> chores = new ArrayList<>(BASE.get(category));
        if (windy) {
            swap(chores, AIR_FUTONS, FUTON_DRYER);
            swap(chores, SUN_DRY_RUGS, VACUUM_RUGS);
        }
        if (humid) {
            swap(chores, AIR_FUTONS, FUTON_DRYER);
        }
        if (hot) {
            swap(chores, CLEAN_BALCONY, AIRCON_FILTER);
        }
        return new Decision(category, situation, List.copyOf(chores));
    }

    private static void swap(List<Recommendation> chores, Recommendation out, Recommendation in) {
        int i = chores.indexOf(out);
        if (i >= 0) {
            chores.set(i, in);
        }
    }

    private static Recommendation rec(String key, String choreKind, String ja, String en) {
        return new Recommendation(key, choreKind, ja, en);
    }

    /** The category after refinement, the advice's situation key and the four chores. */
    public record Decision(Category category, String situation, List<Recommendation> recommendations) {

        public String advice(Language language) {
            String[] lines = ADVICE.get(situation);
            return language == Language.EN ? lines[1] : lines[0];
        }
    }
}
