package no.gevinst;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.stream.Collectors.toMap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Gevinst's architecture as executable rules (docs/architecture.md, "Components"): the order of the components,
 * the layers inside each, thin REST resources and page beans, and entities free of the web. Every violation fails,
 * naming the classes. A plain unit test: production classes only, no container.
 */
@AnalyzeClasses(packages = "no.gevinst", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The components from the ground up: the index is the rank. A component may depend only on components of a lower
     * rank; components of one rank do not depend on each other. A component is the first package below
     * {@code no.gevinst}; a class outside every component of this list is a violation. Keep in step with
     * docs/architecture.md.
     */
    static final List<List<String>> ORDER = List.of(
            List.of("platform"),                  // 0: shared kernel, depends on no component
            List.of("audit"),                     // 1
            List.of("municipalities"),            // 2
            List.of("security"),                  // 3
            List.of("tracking"),                  // 4
            List.of("calls"),                     // 5
            List.of("budget"),                    // 6
            List.of("applications"),              // 7
            List.of("payments"),                  // 8
            List.of("assessment"),                // 9
            List.of("benefits"),                  // 10
            List.of("cases"),                     // 11
            List.of("opendata"),                  // 12
            List.of("reports", "notifications", "archive"),  // 13
            List.of("startup"));                  // 14: demo data and migrations; nothing depends on it

    private static final String ROOT = "no.gevinst";

    private static final Map<String, Integer> RANK = IntStream.range(0, ORDER.size()).boxed()
            .flatMap(rank -> ORDER.get(rank).stream().map(component -> Map.entry(component, rank)))
            .collect(toMap(Map.Entry::getKey, Map.Entry::getValue));

    // 1. Between components

    @ArchTest
    static final ArchRule components_are_free_of_cycles = 
            slices().matching("no.gevinst.(*)..").namingSlices("component $1")
                    .should().beFreeOfCycles()
                    .as("1. no cycles between components (no.gevinst.<component>..)");

    // 2. The order

    @ArchTest
    static final ArchRule components_depend_only_downward_in_the_order =
            classes().that().resideInAPackage(ROOT + "..")
                    .should(beInAComponentOfTheOrderAndDependOnlyOnLowerRanks())
                    .as("2. every class is in a component of the order (ArchitectureTest.ORDER) and depends only on "
                            + "components of a lower rank");

    // 3. Layers inside each component: web -> boundary -> control / entity, never back up

    @ArchTest
    static final ArchRule boundaries_do_not_depend_on_web =
            noClasses().that().resideInAPackage("no.gevinst.*.boundary..")
                    .and().resideOutsideOfPackage("no.gevinst.platform..")
                    .should().dependOnClassesThat().resideInAPackage("no.gevinst.*.web..")
                    .as("3a. a boundary does not depend on web classes (of any component)");

    @ArchTest
    static final ArchRule controls_and_entities_do_not_depend_on_boundaries_or_web =
            noClasses().that().resideInAnyPackage("no.gevinst.*.control..", "no.gevinst.*.entity..")
                    .and().resideOutsideOfPackage("no.gevinst.platform..")
                    .should().dependOnClassesThat().resideInAnyPackage("no.gevinst.*.boundary..", "no.gevinst.*.web..")
                    .as("3b. a control or entity class does not depend on boundaries or web classes (of any component)");

    // 4. Thin adapters: REST resources and page beans call boundaries

    @ArchTest
    static final ArchRule resources_and_page_beans_call_boundaries_only =
            noClasses().that(areRestResourcesOrFacesBeans())
                    .should().dependOnClassesThat(resideInAPackage("no.gevinst.*.control..")
                            .or(name("jakarta.persistence.EntityManager"))
                            .or(name("jakarta.persistence.EntityManagerFactory")))
                    .as("4. JAX-RS resources and Faces beans call boundaries only: no control classes, no "
                            + "EntityManager");

    // 5. Entities know nothing of the web

    @ArchTest
    static final ArchRule entities_do_not_depend_on_web_faces_or_rest =
            noClasses().that().resideInAPackage("no.gevinst.*.entity..")
                    .should().dependOnClassesThat().resideInAnyPackage("no.gevinst.*.web..",
                            "jakarta.faces..", "org.primefaces..", "org.omnifaces..", "jakarta.ws.rs..")
                    .as("5. entities do not depend on web classes, Faces (Jakarta Faces, PrimeFaces, OmniFaces) or "
                            + "JAX-RS");

    // 6. The top

    @ArchTest
    static final ArchRule nothing_depends_on_startup =
            noClasses().that().resideOutsideOfPackage("no.gevinst.startup..")
                    .should().dependOnClassesThat().resideInAPackage("no.gevinst.startup..")
                    .as("6. nothing depends on startup (demo data and migrations)");

    private static ArchCondition<JavaClass> beInAComponentOfTheOrderAndDependOnlyOnLowerRanks() {
        return new ArchCondition<>("be in a component of the order and depend only on components of a lower rank") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String component = componentOf(item);
                Integer rank = RANK.get(component);
                if (rank == null) {
                    String where = component.isEmpty()
                            ? "directly in " + ROOT + ", outside every component"
                            : "in " + ROOT + "." + component + ", which is not a component of the order";
                    events.add(SimpleConditionEvent.violated(item, String.format(
                            "Class <%s> is %s: place it in a component, or the component in ArchitectureTest.ORDER",
                            item.getName(), where)));
                    return;
                }
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (!target.getPackageName().startsWith(ROOT + ".")) {
                        continue;
                    }
                    String targetComponent = componentOf(target);
                    Integer targetRank = RANK.get(targetComponent);
                    if (targetRank == null || targetComponent.equals(component) || targetRank < rank) {
                        continue; // a class outside the order is reported itself
                    }
                    events.add(SimpleConditionEvent.violated(dependency, String.format(
                            "<%s> in %s (rank %d) depends on <%s> in %s (rank %d), %s: %s",
                            item.getName(), component, rank, target.getName(), targetComponent, targetRank,
                            targetRank.equals(rank) ? "of the same rank" : "above it", dependency.getDescription())));
                }
            }
        };
    }

    /** The component of a class: its first package below no.gevinst, or "" for a class directly in it. */
    private static String componentOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (packageName.equals(ROOT)) {
            return "";
        }
        String below = packageName.substring(ROOT.length() + 1);
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }

    private static DescribedPredicate<JavaClass> areRestResourcesOrFacesBeans() {
        PackageMatcher web = PackageMatcher.of("no.gevinst.*.web..");
        Function<JavaClass, Boolean> resourceOrBean = javaClass -> javaClass.isAnnotatedWith("jakarta.ws.rs.Path")
                || (web.matches(javaClass.getPackageName()) && javaClass.isMetaAnnotatedWith("jakarta.inject.Named"));
        return describe("are JAX-RS resources (@Path) or Faces beans (@Named in a web package), or nested in one",
                javaClass -> {
                    for (JavaClass c = javaClass; c != null; c = c.getEnclosingClass().orElse(null)) {
                        if (resourceOrBean.apply(c)) {
                            return true;
                        }
                    }
                    return false;
                });
    }
}
