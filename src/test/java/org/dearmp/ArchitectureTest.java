package org.dearmp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.dearmp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainNeverImportsJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.dearmp.ui..", "org.dearmp")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("domain packages must run without a display: views live in org.dearmp.ui");

    @ArchTest
    static final ArchRule domainNeverDependsOnUi = noClasses()
            .that().resideOutsideOfPackages("org.dearmp.ui..", "org.dearmp")
            .should().dependOnClassesThat().resideInAPackage("org.dearmp.ui..")
            .because("the UI depends on the domain, never the other way round");
}
