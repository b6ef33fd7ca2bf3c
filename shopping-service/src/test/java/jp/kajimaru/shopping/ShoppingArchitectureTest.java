package jp.kajimaru.shopping;

import jp.kajimaru.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The service pattern (ADR 0007): no cycles between features, thin controllers and consumers, HTTP-free entities. */
class ShoppingArchitectureTest {

    @Test
    void shoppingFollowsTheServicePattern() {
        ArchitectureRules.assertFollowedBy("jp.kajimaru.shopping");
    }
}
