package jp.kajimaru.rotation.chore;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultChoresTest {

    @Test
    void aNewHouseholdGetsTheElevenChoresOfTheOriginalWithTheirWeightsAndDays() {
        UUID household = UUID.randomUUID();
        List<DefaultChores.DefaultChore> chores = DefaultChores.forHousehold(household, "ja", java.time.LocalDate.of(2026, 11, 30));

        assertThat(chores).hasSize(11);
        assertThat(chores).extracting(d -> d.chore().householdId()).containsOnly(household);
        assertThat(chores).extracting(DefaultChores.DefaultChore::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(chores).extracting(d -> d.chore().name() + ":" + d.chore().weight() + ":" + d.chore().schedule().weekdays())
                .containsExactly("朝食・お弁当づくり:5:127", "昼食づくり:3:96", "夕食づくり:5:127", "食器洗い:3:127",
                        "トイレ掃除:2:64", "お風呂掃除:2:127", "ゴミ出し:1:127", "玄関掃除:2:64", "洗濯物たたみ:3:127",
                        "洗濯（干すまで）:4:127", "全部屋掃除:3:32");
    }

    @Test
    void anEnglishHouseholdGetsEnglishNames() {
        assertThat(DefaultChores.forHousehold(UUID.randomUUID(), "en", java.time.LocalDate.of(2026, 11, 30))).extracting(d -> d.chore().name())
                .startsWith("Breakfast / lunch box", "Lunch", "Dinner");
    }
}
