package org.dearmp.letter;

import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.Bundled;
import static org.assertj.core.api.Assertions.assertThat;

import org.dearmp.template.LetterTemplate;
import org.dearmp.template.ProblemKind;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateFileCodec;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.TemplateProblem;
import org.junit.jupiter.api.Test;

@DataTest
class TypicalLetterTest {

    private final TemplateChecker checker = TypicalLetter.fullChecker(org.dearmp.export.pdf.LetterPdfExporter.measure());

    @Test
    void noBundledTemplateIsTooLongForOnePageWithTypicalPoints() {
        TemplateLibrary library = TemplateLibrary.bundled(checker);
        assertThat(library.problems()).isEmpty();
        assertThat(library.templates()).hasSize(TemplateLibrary.bundledFileNames().size());
    }

    @Test
    void aTemplateThatLeavesNoRoomIsWarnedAtItsFirstBodyLineButStillLoads() {
        LetterTemplate stronger = Bundled.templates().require("stronger-laws");
        String padding = "This paragraph repeats the same point at some length so that the template is too long. ".repeat(6);
        String longBody = (padding + "\n\n").repeat(4) + stronger.body();
        var result = checker.check(TemplateFileCodec.write(stronger.header(), longBody), "long.txt", false);
        assertThat(result.template()).isPresent();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_LONG);
            assertThat(problem.isError()).isFalse();
            assertThat(problem.line()).isEqualTo(result.template().get().bodyFirstLine());
            assertThat(problem.message()).contains("prints on 2 pages, not one");
        });
    }

    @Test
    void aTemplateIsTooLongExactlyWhenItsTypicalLetterPrintsOnTwoPages() {
        LetterTemplate stronger = Bundled.templates().require("stronger-laws");
        org.dearmp.export.pdf.LetterPdfExporter pdf = new org.dearmp.export.pdf.LetterPdfExporter(org.dearmp.testsupport.TestClocks.FIXED);
        LetterComposer composer = new LetterComposer();
        StringBuilder capitals = new StringBuilder();
        // Capitals are wide: an estimate by characters let a template through that prints on two pages.
        for (int sentences = 1; sentences < 200; sentences++) {
            capitals.append("THIS MATTERS TO EVERY SURVIVOR. ");
            var result = checker.check(TemplateFileCodec.write(stronger.header(), capitals + "\n\n" + stronger.body()),
                    "capitals.txt", false);
            LetterTemplate template = result.template().orElseThrow();
            boolean onePage = pdf.pageCount(composer.compose(TypicalLetter.request(template))) == 1;
            assertThat(result.problems().stream().anyMatch(p -> p.kind() == ProblemKind.TOO_LONG))
                    .as("%d sentences", sentences).isEqualTo(!onePage);
            if (!onePage) {
                return;
            }
        }
        throw new AssertionError("the template never reached a second page");
    }

    @Test
    void combiningLibrariesNeverLetsAFileShadowABundledTemplate() {
        TemplateLibrary bundled = Bundled.templates();
        TemplateLibrary again = TemplateLibrary.combined(bundled, bundled);
        assertThat(again.templates()).isEqualTo(bundled.templates());
        assertThat(again.problems()).extracting(TemplateProblem::kind).containsOnly(ProblemKind.DUPLICATE_ID)
                .hasSize(bundled.templates().size());
    }
}
