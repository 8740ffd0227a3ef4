package org.contactpoint.web;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module and package rules of ARCHITECTURE.md §2 and STYLE.md, checked on the compiled classes of every module:
 * web-module → ejb-module → persistence-module, security-module used by both, nothing depends on web-module;
 * web-module sees only ejb-module's api packages and never an entity.
 */
class ModuleRulesTest {

    private static final Path ROOT = Path.of("..");
    private static JavaClasses all;

    @BeforeAll
    static void importAllModules() {
        Path[] modules = Stream.of("persistence-module", "security-module", "ejb-module", "web-module")
                .map(m -> ROOT.resolve(m).resolve("target/classes")).toArray(Path[]::new);
        for (Path m : modules) {
            assertThat(Files.isDirectory(m)).as(m + " (build the modules first)").isTrue();
        }
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPaths(modules);
        for (String module : new String[]{"persistence-module", "security-module", "ejb-module", "web-module"}) {
            assertThat(all.that(inModule(module))).as("classes found in " + module).isNotEmpty();
        }
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in " + module, c -> c.getSource()
                .map(s -> s.getUri().toString().contains("/" + module + "/target/classes/")).orElse(false));
    }

    @Test
    void persistenceModuleDependsOnNoOtherModule() {
        noClasses().that(inModule("persistence-module")).should().dependOnClassesThat(
                inModule("security-module").or(inModule("ejb-module")).or(inModule("web-module"))).check(all);
    }

    @Test
    void securityModuleUsesOnlyPersistence() {
        noClasses().that(inModule("security-module")).should().dependOnClassesThat(
                inModule("ejb-module").or(inModule("web-module"))).check(all);
    }

    @Test
    void nothingDependsOnWebModule() {
        noClasses().that(inModule("ejb-module").or(inModule("persistence-module")).or(inModule("security-module")))
                .should().dependOnClassesThat(inModule("web-module")).check(all);
    }

    @Test
    void webModuleSeesOnlyEjbApiPackagesAndNoEntities() {
        noClasses().that(inModule("web-module")).should().dependOnClassesThat(
                inModule("ejb-module").and(DescribedPredicate.describe("outside an api package",
                        c -> !c.getPackageName().contains(".api")))).check(all);
        noClasses().that(inModule("web-module")).should().dependOnClassesThat(inModule("persistence-module")).check(all);
    }

    @Test
    void entitiesCarryNoContainerAnnotations() {
        noClasses().that().resideInAPackage("..entity..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ejb..", "jakarta.enterprise..", "jakarta.inject..").check(all);
    }

    @Test
    void packagesAreNamedByCapabilityNotByTechnicalKind() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..dto..", "..impl..", "..common..", "..helper..")
                .check(all);
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils").check(all);
    }

    private static final DescribedPredicate<JavaClass> EJB = DescribedPredicate.describe("an EJB",
            c -> c.isAnnotatedWith("jakarta.ejb.Stateless") || c.isAnnotatedWith("jakarta.ejb.Singleton")
                    || c.isAnnotatedWith("jakarta.ejb.Stateful"));

    /** The health probe answers anonymous /health polls with no personal data; auditing each poll would flood the chain. */
    private static final java.util.Set<String> NOT_AUDITED = java.util.Set.of("org.contactpoint.schema.control.SystemStatusProbe");

    @Test
    void everyBusinessMethodOfABoundaryEjbIsAuthorizedAndAudited() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat(EJB.and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("..boundary..")))
                .and().arePublic().and().areNotStatic()
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>("be annotated with @Authorized and @Audited") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod m, com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean authorized = m.isAnnotatedWith("org.contactpoint.access.api.Authorized")
                                || m.getOwner().isAnnotatedWith("org.contactpoint.access.api.Authorized");
                        boolean audited = m.isAnnotatedWith("org.contactpoint.audit.api.Audited")
                                || m.getOwner().isAnnotatedWith("org.contactpoint.audit.api.Audited");
                        if (!authorized || !audited) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(m, m.getFullName()
                                    + " lacks " + (authorized ? "" : "@Authorized ") + (audited ? "" : "@Audited")));
                        }
                    }
                }).check(all);
    }

    @Test
    void ejbsServingOtherModulesAreBoundaries() {
        classes().that(EJB.and(DescribedPredicate.describe("implementing an api interface",
                        c -> c.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().contains(".api")))))
                .and(DescribedPredicate.describe("not the health probe", c -> !NOT_AUDITED.contains(c.getName())))
                .should().resideInAPackage("..boundary..").check(all);
    }

    @Test
    void everyClassLivesUnderOrgContactpoint() {
        classes().should().resideInAPackage("org.contactpoint..").check(all);
    }
}
