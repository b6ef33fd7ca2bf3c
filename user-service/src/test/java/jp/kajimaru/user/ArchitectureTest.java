package jp.kajimaru.user;

import jp.kajimaru.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The service pattern (ADR 0007) for user-service: no cycles between feature packages, controllers never touch
 * repositories or JDBC, entities know nothing of HTTP, no other service's classes.
 */
class ArchitectureTest {

    @Test
    void userServiceFollowsTheServicePattern() {
        ArchitectureRules.assertFollowedBy("jp.kajimaru.user");
    }
}
