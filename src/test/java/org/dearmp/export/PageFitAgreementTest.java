package org.dearmp.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterComposer;
import org.dearmp.letter.PageFit;
import org.dearmp.letter.TypicalLetter;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateLibrary;
import org.junit.jupiter.api.Test;

/** The letter step's page estimate against the real PDF layout, away from the boundary where either may round. */
class PageFitAgreementTest {

    private final LetterPdfExporter exporter = new LetterPdfExporter();
    private final LetterComposer composer = new LetterComposer();

    @Test
    void aTypicalLetterFromEveryBundledTemplatePrintsOnOnePage() {
        List<LetterTemplate> templates = TemplateLibrary.bundled().templates();
        assertThat(templates).hasSizeGreaterThanOrEqualTo(7);
        for (LetterTemplate template : templates) {
            Letter letter = composer.compose(TypicalLetter.request(template));
            assertThat(exporter.pageCount(letter)).as(template.id()).isEqualTo(1);
            assertThat(PageFit.estimate(letter).fitsOnePage()).as(template.id()).isTrue();
        }
    }

    /**
     * The estimate counts characters, not glyph widths, so it can be a few lines out; it must err on the
     * safe side (never say a letter fits when it does not) and stay within a page of the truth.
     */
    @Test
    void theEstimateNeverSaysALetterFitsWhenItDoesNot() {
        LetterTemplate template = TemplateLibrary.bundled().require("own-words");
        List<String> points = new ArrayList<>();
        boolean sawTwoPages = false;
        for (int n = 0; n < 30; n++) {
            points.add("Point " + n + ": local services rely on short-term grants, so they struggle to keep the "
                    + "specialist staff that survivors need, and people wait for help they should get at once.");
            Letter letter = composer.compose(TypicalLetter.request(template).withPoints(points));
            PageFit.Estimate estimate = PageFit.estimate(letter);
            int pages = exporter.pageCount(letter);
            sawTwoPages |= pages > 1;
            if (pages > 1) {
                assertThat(estimate.fitsOnePage()).as("%d points: the PDF takes %d pages", n + 1, pages).isFalse();
            }
            assertThat(Math.abs(estimate.pages() - pages)).as("%d points", n + 1).isLessThanOrEqualTo(1);
        }
        assertThat(sawTwoPages).isTrue();
    }
}
