package org.dearmp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dearmp.testsupport.BenchTest;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.UiTest;
import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The test classes carry the tags the fast developer loop filters on (see "Developer loop" in README.md):
 * a test that needs a display or the real data says so, so {@code -Pfast} can leave it out and stay fast.
 */
@AnalyzeClasses(packages = "org.dearmp", importOptions = ImportOption.OnlyIncludeTests.class)
class TestArchitectureTest {

    @ArchTest
    static final ArchRule testsUsingJavaFxAreTaggedUi = classes()
            .that(areTestsThatReach(TestArchitectureTest::isJavaFxDisplay, "JavaFX Nodes, windows or TestFX"))
            .should(beTagged(UiTest.TAG))
            .because("they need the FX toolkit (Monocle): mark them @UiTest so the fast loop can leave them out");

    @ArchTest
    static final ArchRule testsReadingTheRealDataAreTaggedData = classes()
            .that(areTestsThatReach(TestArchitectureTest::isRealData, "the real reference data"))
            .should(beTagged(DataTest.TAG))
            .because("they need ../shared/data or the index built from it: mark them @DataTest");

    /** Name a bench but never run one. */
    private static final Set<String> NOT_BENCHES = Set.of(
            "PlainValueErrorsTest"); // bench options with bad values, refused before anything runs

    /** A test that runs {@code dear-mp bench SOMETHING} (not just its help) is a benchmark, however small. */
    @ArchTest
    static void testsRunningABenchAreTaggedBench(JavaClasses classes) throws IOException {
        Set<String> runners = SourceLiterals.read(Path.of("src", "test", "java")).classesCalling(
                arguments -> arguments.size() > 1 && "bench".equals(arguments.get(0))
                        && arguments.get(1) != null && !arguments.get(1).startsWith("-"));
        runners.removeAll(NOT_BENCHES);
        assertThat(runners).as("tests that run a bench").isNotEmpty();
        List<String> untagged = classes.stream()
                .filter(c -> c.getEnclosingClass().isEmpty() && runners.contains(c.getSimpleName()))
                .map(JavaClass::reflect)
                .filter(test -> AnnotationSupport.findRepeatableAnnotations(test, Tag.class).stream()
                        .noneMatch(t -> t.value().equals(BenchTest.TAG)))
                .map(Class::getName).toList();
        assertThat(untagged).as("tests that run a bench without @BenchTest").isEmpty();
    }

    /** Naming a class ({@code Scene.class}, as the architecture rules do) needs no display; using one does. */
    private static boolean isJavaFxDisplay(Dependency dependency) {
        if (dependency.getDescription().contains("references class object")) {
            return false;
        }
        String target = dependency.getTargetClass().getPackageName();
        return target.startsWith("javafx.scene") || target.startsWith("javafx.stage")
                || target.startsWith("org.testfx") || dependency.getTargetClass().getName().equals(
                "javafx.application.Platform");
    }

    /** The shared fixtures that read ../shared/data, and the app's own loaders of what the build made from it. */
    private static boolean isRealData(Dependency dependency) {
        JavaClass target = dependency.getTargetClass();
        if (Set.of("org.dearmp.testsupport.SharedData", "org.dearmp.testsupport.RealMps").contains(target.getName())) {
            return true;
        }
        String description = dependency.getDescription();
        return target.getPackageName().startsWith("org.dearmp")
                && !target.getName().equals("org.dearmp.template.TemplateLibrary") // templates/, not the data
                && Stream.of(".bundled()>", ".loadBundled()>", "AppConfig.defaults()>").anyMatch(description::contains);
    }

    /**
     * Test classes (those with a test method, and what they nest) that reach {@code uses} themselves or through
     * a shared test class (the fixtures in testsupport, a base class): the fixture's use is the test's.
     */
    static DescribedPredicate<JavaClass> areTestsThatReach(Predicate<Dependency> uses, String what) {
        return DescribedPredicate.describe("are tests that reach " + what,
                javaClass -> isTest(CommonArchitectureTest.outermost(javaClass))
                        && reaches(javaClass, uses));
    }

    private static boolean reaches(JavaClass start, Predicate<Dependency> uses) {
        Set<JavaClass> seen = new HashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            JavaClass next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            for (Dependency dependency : next.getDirectDependenciesFromSelf()) {
                if (uses.test(dependency)) {
                    return true;
                }
                JavaClass target = dependency.getTargetClass();
                if (target.getSource().isPresent() && isTestCode(target) && !target.getPackageName().startsWith(
                        "org.dearmp.archfixture")) {
                    todo.add(target);
                }
            }
        }
        return false;
    }

    private static boolean isTestCode(JavaClass javaClass) {
        return javaClass.getSource().map(source -> source.getUri().toString().contains("/test-classes/")).orElse(false);
    }

    private static boolean isTest(JavaClass javaClass) {
        if (!isTestCode(javaClass)) {
            return false;
        }
        Class<?> reflected = javaClass.reflect();
        return Stream.of(reflected.getMethods(), reflected.getDeclaredMethods()).flatMap(Stream::of)
                .anyMatch(TestArchitectureTest::isTestMethod)
                || Stream.of(reflected.getDeclaredClasses()).anyMatch(nested -> Stream.of(nested.getDeclaredMethods())
                .anyMatch(TestArchitectureTest::isTestMethod));
    }

    private static boolean isTestMethod(Method method) {
        return AnnotationSupport.isAnnotated(method, Testable.class);
    }

    static ArchCondition<JavaClass> beTagged(String tag) {
        return new ArchCondition<>("be tagged " + tag) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Class<?> test = CommonArchitectureTest.outermost(javaClass).reflect();
                boolean tagged = AnnotationSupport.findRepeatableAnnotations(test, Tag.class).stream()
                        .anyMatch(t -> t.value().equals(tag));
                events.add(new SimpleConditionEvent(javaClass, tagged,
                        test.getName() + (tagged ? " is" : " is not") + " tagged " + tag));
            }
        };
    }
}
