package jp.kajimaru.notification;

import jp.kajimaru.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The service pattern (ADR 0007): feature packages without cycles, thin controllers and consumers, plain entities. */
class ArchitectureTest {

    @Test
    void followsTheServicePattern() {
        ArchitectureRules.assertFollowedBy("jp.kajimaru.notification");
    }
}
