package jp.kajimaru.rotation.roster;

import java.time.LocalDate;
import java.util.UUID;

import jp.kajimaru.events.inventory.MaintenanceDue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a maintenance cycle is named in rosters ("equipment: task", cut to the 50 characters a task name holds) and how
 * heavy it counts.
 */
class MaintenanceTaskNameTest {

    private static MaintenanceDue due(String equipment, String task) {
        return new MaintenanceDue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), equipment, task,
                LocalDate.of(2026, 12, 1));
    }

    @Test
    void equipmentAndTask() {
        assertThat(MaintenanceTasks.name(due("エアコン", "フィルター掃除"))).isEqualTo("エアコン: フィルター掃除");
        assertThat(MaintenanceTasks.name(due(" ", "Descale"))).isEqualTo("Descale");
    }

    @Test
    void longNamesAreCutByCharacterNotByByte() {
        String name = MaintenanceTasks.name(due("洗".repeat(30), "掃除".repeat(20)));
        assertThat(name.codePointCount(0, name.length())).isEqualTo(50);
        assertThat(name).startsWith("洗".repeat(30) + ": ").endsWith("…");
        String emoji = MaintenanceTasks.name(due("🧺".repeat(60), "x"));
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(50);
    }

    @Test
    void theWeightIsInventorysOnAChoresScaleAndTwoWithoutOne() {
        UUID h = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(MaintenanceTasks.weight(new MaintenanceDue(h, h, h, "AC", "Filter", day, 4))).isEqualTo(4);
        assertThat(MaintenanceTasks.weight(new MaintenanceDue(h, h, h, "AC", "Filter", day, 9))).isEqualTo(5);
        assertThat(MaintenanceTasks.weight(new MaintenanceDue(h, h, h, "AC", "Filter", day, 0))).isEqualTo(1);
        assertThat(MaintenanceTasks.weight(due("AC", "Filter"))).isEqualTo(MaintenanceTasks.DEFAULT_WEIGHT);
    }
}
