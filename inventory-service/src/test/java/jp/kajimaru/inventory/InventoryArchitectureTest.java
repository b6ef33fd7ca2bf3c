package jp.kajimaru.inventory;

import jp.kajimaru.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The service pattern (ADR 0007): no cycles between features, thin controllers and consumers, HTTP-free entities. */
class InventoryArchitectureTest {

    @Test
    void inventoryFollowsTheServicePattern() {
        ArchitectureRules.assertFollowedBy("jp.kajimaru.inventory");
    }
}
