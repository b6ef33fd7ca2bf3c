package jp.kajimaru.weather;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.kajimaru.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The service pattern for weather-service: no cycles between features, plain rules, thin controllers and consumers. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("jp.kajimaru.weather");

    @Test
    void followsTheSharedServicePattern() {
        ArchitectureRules.assertFollowedBy("jp.kajimaru.weather");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("jp.kajimaru.weather.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theWeatherRulesArePlainJava() {
        classes().that().resideInAPackage("..weather.advice..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jp.kajimaru.weather.advice..")
                .check(PRODUCTION);
    }

    @Test
    void controllersAndConsumersNeverTouchRepositoriesOrTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Controller").or().haveSimpleNameEndingWith("Consumer")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..")
                .check(PRODUCTION);
    }

    @Test
    void entitiesKnowNothingOfHttp() {
        noClasses().that().areAnnotatedWith("jakarta.persistence.Entity").or().areAnnotatedWith("jakarta.persistence.Embeddable")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                        "jakarta.servlet..", "jp.kajimaru.web..")
                .check(PRODUCTION);
    }
}
