package jp.kajimaru.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The contracts every service compiles against pull in nothing but the JDK and Jackson's annotations, so a consumer
 * never inherits a framework from a producer. {@link EventJson}, the codec beside them, is the one class allowed
 * Jackson's databind.
 */
class ContractDependenciesTest {

    private final JavaClasses contracts = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.kajimaru.events");

    @Test
    void contractsDependOnTheJdkAndJacksonAnnotationsOnly() {
        classes().that().haveNameNotMatching("jp\\.kajimaru\\.events\\.EventJson(\\$.*)?")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jp.kajimaru.events..",
                        "com.fasterxml.jackson.annotation..")
                .check(contracts);
    }
}
