package jp.kajimaru.testsupport;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Each rule of the service pattern catches its own kind of violation in a sample, and a clean sample passes. */
class ArchitectureRulesTest {

    private static final String BAD = "jp.kajimaru.archsample.bad";
    private static final String GOOD = "jp.kajimaru.archsample.good";

    private static String violations(ArchRule rule, JavaClasses classes) {
        Throwable failure = catchThrowable(() -> rule.check(classes));
        assertThat(failure).as(rule.getDescription()).isInstanceOf(AssertionError.class);
        return failure.getMessage();
    }

    @Test
    void everyRuleFindsItsViolationInTheBadSample() {
        JavaClasses bad = new ClassFileImporter().importPackages(BAD);
        List<ArchRule> rules = ArchitectureRules.rules(BAD);

        assertThat(rules).hasSize(5);
        assertThat(violations(rules.get(0), bad)).contains("Cycle detected").contains("bad.a.A").contains("bad.b.B");
        assertThat(violations(rules.get(1), bad)).contains("SqlController").contains("JdbcTemplate");
        assertThat(violations(rules.get(2), bad)).contains("HttpAwareEntity").contains("HttpStatus");
        assertThat(violations(rules.get(3), bad)).contains("SqlConsumer").contains("JdbcTemplate");
        assertThat(violations(rules.get(4), bad)).contains("SqlConsumer").contains("ForeignService");
    }

    @Test
    void aServiceThatFollowsThePatternPasses() {
        JavaClasses good = new ClassFileImporter().importPackages(GOOD);

        ArchitectureRules.rules(GOOD).forEach(rule -> assertThatCode(() -> rule.check(good))
                .as(rule.getDescription()).doesNotThrowAnyException());
    }
}
