package org.dearmp;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The package cycle rule, shown on throwaway classes: it sees a cycle between sibling packages, and only a cycle. */
class PackageCycleRuleTest {
    private static final JavaClasses CYCLE = new ClassFileImporter().importPackages("org.dearmp.archfixture.cycle");
    private static final JavaClasses CHAIN = new ClassFileImporter().importPackages("org.dearmp.archfixture.chain");

    @Test
    void aCycleBetweenSiblingPackagesFailsTheRule() {
        assertThat(CYCLE.contain("org.dearmp.archfixture.cycle.a.Letterhead")).isTrue();
        assertThatThrownBy(() -> CommonArchitectureTest.noPackageCycles.check(CYCLE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.dearmp.archfixture.cycle.a")
                .hasMessageContaining("org.dearmp.archfixture.cycle.b");
    }

    @Test
    void aChainWithoutACyclePassesTheRule() {
        assertThat(CHAIN.contain("org.dearmp.archfixture.chain.b.Stamp")).isTrue();
        CommonArchitectureTest.noPackageCycles.check(CHAIN);
    }

    @Test
    void slicingBySubtreeWouldHaveMissedTheCycle() {
        // why the rule slices by full package name: by top-level subtree both classes are in "archfixture"
        slices().matching("org.dearmp.(*)..").should().beFreeOfCycles().check(CYCLE);
    }
}
