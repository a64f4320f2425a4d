package org.dearmp.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dearmp.export.LetterPdfExporter;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateLibrary;
import org.junit.jupiter.api.Test;
import com.lowagie.text.pdf.PdfReader;

/** The page estimate must agree with the real PDF layout, on letters of many lengths around one page. */
class PageFitAgainstPdfTest {

    private final LetterComposer composer = new LetterComposer();
    private final LetterPdfExporter pdf = new LetterPdfExporter();

    private int pdfPages(Letter letter) throws Exception {
        try (PdfReader reader = new PdfReader(pdf.toBytes(letter))) {
            return reader.getNumberOfPages();
        }
    }

    @Test
    void theEstimateAgreesWithThePdfForTypicalLettersAndLongerOnes() throws Exception {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (LetterTemplate template : TemplateLibrary.bundled().templates()) {
            for (int extraPoints = 0; extraPoints <= 10; extraPoints++) {
                List<String> points = new ArrayList<>(TypicalLetter.samplePoints());
                for (int i = 0; i < extraPoints; i++) {
                    points.add("Another point that the writer cares about, written in a sentence or two of their own.");
                }
                Letter letter = composer.compose(TypicalLetter.request(template).withPoints(points));
                PageFit.Estimate estimate = PageFit.estimate(letter);
                int actual = pdfPages(letter);
                compared++;
                if (estimate.fitsOnePage() != (actual == 1)) {
                    disagreements.add(template.id() + " +" + extraPoints + ": estimate " + estimate + ", PDF " + actual);
                }
            }
        }
        // A heuristic: allow a rare miss right at the edge of the page, never a pattern.
        assertThat(disagreements).as("compared %d letters", compared).hasSizeLessThanOrEqualTo(2);
    }
}
