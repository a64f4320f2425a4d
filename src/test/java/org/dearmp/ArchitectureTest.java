package org.dearmp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;

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

    @ArchTest
    static final ArchRule everyWindowComesFromTheFactory = noClasses()
            .that().doNotHaveFullyQualifiedName("org.dearmp.ui.common.Windows")
            .should().callConstructorWhere(target(owner(assignableTo(javafx.scene.Scene.class))))
            .orShould().callConstructorWhere(target(owner(assignableTo(javafx.stage.Stage.class))))
            .because("org.dearmp.ui.common.Windows gives every window the stylesheet, the text size and the keys");
}
