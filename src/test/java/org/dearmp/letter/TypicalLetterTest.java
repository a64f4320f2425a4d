package org.dearmp.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.dearmp.template.LetterTemplate;
import org.dearmp.template.ProblemKind;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateFormat;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.TemplateProblem;
import org.junit.jupiter.api.Test;

class TypicalLetterTest {

    private final TemplateChecker checker = TypicalLetter.fullChecker();

    @Test
    void noBundledTemplateIsTooLongForOnePageWithTypicalPoints() {
        TemplateLibrary library = TemplateLibrary.bundled(checker);
        assertThat(library.problems()).isEmpty();
        assertThat(library.templates()).hasSize(TemplateLibrary.bundledFileNames().size());
    }

    @Test
    void aTemplateThatLeavesNoRoomIsWarnedAtItsFirstBodyLineButStillLoads() {
        LetterTemplate stronger = TemplateLibrary.bundled().require("stronger-laws");
        String padding = "This paragraph repeats the same point at some length so that the template is too long. ".repeat(6);
        String longBody = (padding + "\n\n").repeat(4) + stronger.body();
        var result = checker.check(TemplateFormat.write(stronger.header(), longBody), "long.txt", false);
        assertThat(result.template()).isPresent();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_LONG);
            assertThat(problem.isError()).isFalse();
            assertThat(problem.line()).isEqualTo(result.template().get().bodyFirstLine());
            assertThat(problem.message()).contains("more than the 47 that fit on one page");
        });
    }

    @Test
    void combiningLibrariesNeverLetsAFileShadowABundledTemplate() {
        TemplateLibrary bundled = TemplateLibrary.bundled();
        TemplateLibrary again = TemplateLibrary.combined(bundled, bundled);
        assertThat(again.templates()).isEqualTo(bundled.templates());
        assertThat(again.problems()).extracting(TemplateProblem::kind).containsOnly(ProblemKind.DUPLICATE_ID)
                .hasSize(bundled.templates().size());
    }
}
