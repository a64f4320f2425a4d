package org.dearmp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Output carries the time of a {@link Clock} its writer was given, so the same input at the same time
 * gives the same file (see {@code GoldenFilesTest}) and a test can say what time it is.
 */
@AnalyzeClasses(packages = "org.dearmp", importOptions = ImportOption.DoNotIncludeTests.class)
class ClockRulesTest {

    @ArchTest
    static final ArchRule nothingReadsTheComputersTimeBehindItsClock = noClasses()
            // Debt: a draft or recent letter read from a file without its time is stamped "now" (userdata).
            .that().doNotHaveFullyQualifiedName("org.dearmp.userdata.LetterDraft")
            .and().doNotHaveFullyQualifiedName("org.dearmp.userdata.SavedLetter")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("dates come from a Clock passed in (now(clock)); durations are measured with System.nanoTime");

    @ArchTest
    static final ArchRule onlyCompositionRootsMakeTheRealClock = noClasses()
            .that().resideOutsideOfPackages("org.dearmp.app..")
            .and().doNotHaveFullyQualifiedName("org.dearmp.ui.shell.AppConfig")
            .and().doNotHaveFullyQualifiedName("org.dearmp.cli.DearMpCommand")
            // Until the composition root hands them one: the batch window's service and the templates window.
            .and().doNotHaveFullyQualifiedName("org.dearmp.batch.run.BatchService")
            .and().doNotHaveFullyQualifiedName("org.dearmp.ui.templateeditor.TemplateEditorWindow")
            .should().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "system", ZoneId.class)
            .because("the composition root owns the real clock and passes it to whatever writes a date");
}
