package jp.kajimaru.rotation;

import jp.kajimaru.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The service pattern (ADR 0007) over rotation-service's production classes. */
class ArchitectureTest {

    @Test
    void rotationFollowsTheServicePattern() {
        ArchitectureRules.assertFollowedBy("jp.kajimaru.rotation");
    }
}
