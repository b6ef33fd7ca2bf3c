package jp.kajimaru.rotation.chore;

import java.util.List;
import java.util.UUID;

/**
 * The starter set every new household gets (SPEC §2, the original app's eleven chores with its weights),
 * named in the household's language. Every template key is also a {@link ChoreKinds} kind.
 */
public final class DefaultChores {

    record Template(String key, String ja, String en, int weekdays, int weight) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("breakfast", "朝食・お弁当づくり", "Breakfast / lunch box", Schedule.EVERY_DAY, 5),
            new Template("lunch", "昼食づくり", "Lunch", Schedule.SATURDAY | Schedule.SUNDAY, 3),
            new Template("dinner", "夕食づくり", "Dinner", Schedule.EVERY_DAY, 5),
            new Template("dishes", "食器洗い", "Washing dishes", Schedule.EVERY_DAY, 3),
            new Template("toilet", "トイレ掃除", "Toilet cleaning", Schedule.SUNDAY, 2),
            new Template("bath", "お風呂掃除", "Bath cleaning", Schedule.EVERY_DAY, 2),
            new Template("garbage", "ゴミ出し", "Taking out the garbage", Schedule.EVERY_DAY, 1),
            new Template("entrance", "玄関掃除", "Entrance cleaning", Schedule.SUNDAY, 2),
            new Template("folding", "洗濯物たたみ", "Folding laundry", Schedule.EVERY_DAY, 3),
            new Template("laundry", "洗濯（干すまで）", "Laundry (up to hanging out)", Schedule.EVERY_DAY, 4),
            new Template("rooms", "全部屋掃除", "Cleaning all rooms", Schedule.SATURDAY, 3));

    private DefaultChores() {
    }

    /** One chore per template, named in {@code locale} (Japanese unless it is English), starting {@code startsOn}. */
    public static List<DefaultChore> forHousehold(UUID householdId, String locale, java.time.LocalDate startsOn) {
        boolean english = "en".equals(locale);
        return java.util.stream.IntStream.range(0, TEMPLATES.size()).mapToObj(i -> {
            Template t = TEMPLATES.get(i);
            return new DefaultChore(t.key(), i, new Chore(UUID.randomUUID(), householdId, english ? t.en() : t.ja(),
                    t.weight(), Schedule.weekdays(t.weekdays()), null, null, true, List.of(), startsOn));
        }).toList();
    }

    public record DefaultChore(String key, int position, Chore chore) {

        /** The chore as it is stored: in its listed place, marked with its template's key, which is also its kind. */
        Chore placed(java.time.Instant now) {
            chore.place(position, key, now);
            chore.classify(key);
            return chore;
        }
    }
}
