package jp.kajimaru.testsupport;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service pattern (ADR 0007) as rules every service checks against its own production classes with one call:
 * {@code ArchitectureRules.assertFollowedBy("jp.kajimaru.shopping")}. Types are named by string so this module
 * needs neither Spring Data nor JPA on its own class path.
 */
public final class ArchitectureRules {

    /** What a service may use of ours besides itself: contracts, the platform, the domain exceptions. */
    private static final String[] PLATFORM = {"jp.kajimaru.events..", "jp.kajimaru.messaging..", "jp.kajimaru.web..",
            "jp.kajimaru.domain.."};

    private static final DescribedPredicate<JavaClass> DATA_ACCESS = resideInAnyPackage("org.springframework.jdbc..",
            "jakarta.persistence..")
            .or(assignableTo("org.springframework.data.repository.Repository"))
            .as("data access (JDBC, JPA, Spring Data repositories)");

    private ArchitectureRules() {
    }

    /** Checks every rule against the production classes under {@code servicePackage}; fails with all violations. */
    public static void assertFollowedBy(String servicePackage) {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(servicePackage);
        rules(servicePackage).forEach(rule -> rule.check(production));
    }

    public static List<ArchRule> rules(String servicePackage) {
        return List.of(
                slices().matching(servicePackage + ".(*)..").as("feature packages of " + servicePackage)
                        .should().beFreeOfCycles(),
                noClasses().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                        .or().areAnnotatedWith("org.springframework.stereotype.Controller")
                        .should().dependOnClassesThat(DATA_ACCESS)
                        .because("controllers map HTTP to an application service, which owns the transaction")
                        .allowEmptyShould(true),
                noClasses().that().areAnnotatedWith("jakarta.persistence.Entity")
                        .or().areAnnotatedWith("jakarta.persistence.Embeddable")
                        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                                "org.springframework.http..", "jakarta.servlet..", "jp.kajimaru.web..")
                        .because("aggregates speak in domain exceptions; platform/web turns them into HTTP")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(servicePackage + ".events..")
                        .should().dependOnClassesThat(DATA_ACCESS)
                        .because("a consumer hands each event to an application service; it holds no SQL and no rules")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(servicePackage + "..")
                        .should().dependOnClassesThat(resideInAPackage("jp.kajimaru..")
                                .and(not(resideInAPackage(servicePackage + "..")))
                                .and(not(resideInAnyPackage(PLATFORM))))
                        .as("no class of " + servicePackage + " uses another service's classes")
                        .because("services learn from each other by events or over HTTP, never by sharing code"));
    }
}
