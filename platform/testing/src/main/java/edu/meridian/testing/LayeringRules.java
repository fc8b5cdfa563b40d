package edu.meridian.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house-style layering of a service (base package {@code edu.meridian.<context>}), checked on its compiled
 * classes. A service applies all of them with one test: {@code LayeringRules.check("edu.meridian.partners");}
 * <ul>
 * <li>resources ({@code @Path}) never touch repositories (Panache) or the {@code EntityManager};</li>
 * <li>the domain (everything but the HTTP layer) never uses JAX-RS or the service's HTTP classes;</li>
 * <li>entities ({@code @Entity}) never appear in a resource method's signature;</li>
 * <li>the aggregate packages ({@code edu.meridian.<context>.<aggregate>}) do not depend on each other in a cycle.</li>
 * </ul>
 * The HTTP layer is the resources, the JAX-RS providers, and the {@code …Request}, {@code …Response} and
 * {@code …Summary} records, with the classes nested in them.
 */
public final class LayeringRules {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String PROVIDER = "jakarta.ws.rs.ext.Provider";
    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final List<String> HTTP_RECORD_SUFFIXES = List.of("Request", "Response", "Summary");
    private static final String[] JAX_RS = {"jakarta.ws.rs..", "org.jboss.resteasy.reactive.."};

    private static final DescribedPredicate<JavaClass> RESOURCE =
            DescribedPredicate.describe("are resources (@Path)", javaClass -> outermost(javaClass).isAnnotatedWith(PATH));

    private static final DescribedPredicate<JavaClass> HTTP_LAYER = DescribedPredicate.describe(
            "are the HTTP layer (resources, JAX-RS providers, …Request/…Response/…Summary)",
            javaClass -> isHttpLayer(outermost(javaClass)));

    private static final DescribedPredicate<JavaClass> PERSISTENCE = assignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
            .or(assignableTo("io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase"))
            .or(assignableTo("jakarta.persistence.EntityManager"))
            .as("are repositories or the EntityManager");

    private LayeringRules() {
    }

    /** Checks every rule on the service's main classes (not its tests); fails with every violation. */
    public static void check(String basePackage) {
        check(basePackage, mainClasses(basePackage));
    }

    public static void check(String basePackage, JavaClasses classes) {
        List<String> violations = violations(basePackage, classes);
        if (!violations.isEmpty()) {
            throw new AssertionError(String.join("\n\n", violations));
        }
    }

    /** The failure report of each rule that the classes break. */
    public static List<String> violations(String basePackage, JavaClasses classes) {
        return rules(basePackage).stream()
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .toList();
    }

    public static List<ArchRule> rules(String basePackage) {
        return List.of(resourcesDoNotTouchPersistence(), domainDoesNotUseTheHttpLayer(basePackage),
                entitiesStayOutOfResourceSignatures(), aggregatePackagesAreFreeOfCycles(basePackage));
    }

    /** The service's classes without its tests; fails when there are none, so a mistyped package cannot pass. */
    public static JavaClasses mainClasses(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("No main classes in " + basePackage);
        }
        return classes;
    }

    public static ArchRule resourcesDoNotTouchPersistence() {
        return noClasses().that(RESOURCE).should().dependOnClassesThat(PERSISTENCE)
                .because("resources call services; services own transactions and rules");
    }

    public static ArchRule domainDoesNotUseTheHttpLayer(String basePackage) {
        return noClasses().that(DescribedPredicate.not(HTTP_LAYER)).should().dependOnClassesThat(
                        resideInAnyPackage(JAX_RS).or(HTTP_LAYER.and(resideInAPackage(basePackage + ".."))))
                .as("the domain should not use JAX-RS or the service's HTTP layer")
                .because("the HTTP layer maps to and from the domain, never the other way round");
    }

    public static ArchRule entitiesStayOutOfResourceSignatures() {
        return methods().that().areDeclaredInClassesThat(RESOURCE).and().arePublic()
                .should(new ArchCondition<JavaMethod>("not have an entity in their signature") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Set<JavaClass> types = new LinkedHashSet<>(method.getReturnType().getAllInvolvedRawTypes());
                        method.getParameterTypes().forEach(type -> types.addAll(type.getAllInvolvedRawTypes()));
                        types.stream().filter(type -> type.isAnnotatedWith(ENTITY)).forEach(entity -> events.add(
                                SimpleConditionEvent.violated(method, method.getFullName() + " has the entity "
                                        + entity.getName() + " in its signature")));
                    }
                })
                .because("entities never cross HTTP: requests and responses are records");
    }

    public static ArchRule aggregatePackagesAreFreeOfCycles(String basePackage) {
        return SlicesRuleDefinition.slices().matching(basePackage + ".(*)..").namingSlices("aggregate $1")
                .should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    private static boolean isHttpLayer(JavaClass javaClass) {
        return javaClass.isAnnotatedWith(PATH)
                || javaClass.isAnnotatedWith(PROVIDER)
                || javaClass.getAllRawInterfaces().stream().anyMatch(type -> type.getPackageName().startsWith("jakarta.ws.rs."))
                || javaClass.getMethods().stream().anyMatch(method -> method.getAnnotations().stream()
                        .anyMatch(annotation -> annotation.getRawType().getPackageName().startsWith("org.jboss.resteasy.reactive.server")))
                || HTTP_RECORD_SUFFIXES.stream().anyMatch(javaClass.getSimpleName()::endsWith);
    }

    private static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
