package org.dearmp.letter;

import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.TestClocks;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.export.pdf.LetterPdfExporter;
import org.dearmp.template.LetterTemplate;
import org.junit.jupiter.api.Test;

/** The guidance's page count is the PDF's, for letters of every length around one page: one measure, no estimate. */
@DataTest
class LetterMeasureTest {

    private final LetterComposer composer = new LetterComposer(LetterPdfExporter.measure());
    private final LetterPdfExporter pdf = new LetterPdfExporter(TestClocks.FIXED);

    private int pdfPages(Letter letter) throws Exception {
        try (PdfReader reader = new PdfReader(pdf.toBytes(letter))) {
            return reader.getNumberOfPages();
        }
    }

    @Test
    void theGuidanceCountsThePagesThePdfHasForTypicalLettersAndLongerOnes() throws Exception {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        boolean sawTwoPages = false;
        for (LetterTemplate template : Bundled.templates().templates()) {
            for (int extraPoints = 0; extraPoints <= 12; extraPoints += 2) {
                List<String> points = new ArrayList<>(TypicalLetter.samplePoints());
                for (int i = 0; i < extraPoints; i++) {
                    points.add("Another point that the writer cares about, written in a sentence or two of their own.");
                }
                LetterComposer.Draft draft = composer.draft(TypicalLetter.request(template).withPoints(points));
                int actual = pdfPages(draft.letter());
                compared++;
                sawTwoPages |= actual > 1;
                if (draft.guidance().pages() != actual || draft.guidance().fitsOnePage() != (actual == 1)) {
                    disagreements.add(template.id() + " +" + extraPoints + ": guidance " + draft.guidance().pages()
                            + ", PDF " + actual);
                }
            }
        }
        assertThat(sawTwoPages).isTrue();
        assertThat(disagreements).as("compared %d letters", compared).isEmpty();
    }

    /**
     * Capitals are wider than the average letter, so a count of characters took a story in capitals to
     * be shorter than it prints. Where the PDF first needs a second page, the guidance says so too.
     */
    @Test
    void atTheLengthWhereThePdfFirstNeedsTwoPagesTheGuidanceSaysTwoPages() throws Exception {
        LetterTemplate template = Bundled.templates().require("own-words");
        StringBuilder story = new StringBuilder();
        for (int sentences = 1; sentences < 200; sentences++) {
            story.append("WE NEED MORE HELP FOR SURVIVORS HERE. ");
            LetterComposer.Draft draft = composer.draft(TypicalLetter.request(template).withStory(story.toString()));
            if (pdfPages(draft.letter()) > 1) {
                assertThat(draft.guidance().pages()).as("%d sentences", sentences).isEqualTo(2);
                assertThat(draft.guidance().advice()).first().isEqualTo(LetterGuidance.Advice.OVER_ONE_PAGE);
                return;
            }
            assertThat(draft.guidance().fitsOnePage()).as("%d sentences", sentences).isTrue();
        }
        throw new AssertionError("the story never reached a second page");
    }

    @Test
    void aLongLetterDoesNotFitOnePage() {
        Letter letter = composer.compose(TypicalLetter.request(Bundled.templates().require("own-words")));
        assertThat(LetterPdfExporter.measure().pageCount(letter)).isEqualTo(1);
        String paragraph = "word ".repeat(400);
        Letter longer = new Letter(letter.sender(), letter.recipient(), letter.date(), letter.subject(),
                letter.salutation(), List.of(new LetterBlock.Paragraph(paragraph), new LetterBlock.Paragraph(paragraph)),
                letter.signOff(), null);
        assertThat(LetterPdfExporter.measure().pageCount(longer)).isEqualTo(2);
    }

    @Test
    void aComposerWithoutAMeasureStillComposesAndGivesOriginality() {
        LetterComposer plain = new LetterComposer();
        LetterRequest request = TypicalLetter.request(Bundled.templates().require("own-words"));
        Letter letter = plain.compose(request);
        assertThat(plain.originality(letter, request)).isEqualTo(composer.draft(request).guidance().originality());
    }

    @Test
    void theMeasureNamesWhatNoFontCanPrintAnywhereInTheLetter() {
        Letter letter = composer.compose(TypicalLetter.request(Bundled.templates().require("own-words")));
        assertThat(LetterPdfExporter.measure().unprintable(letter)).isEmpty();
        // Unicode 15's shaking face, which no font installed for the tests has.
        Letter shaken = new Letter(letter.sender(), letter.recipient(), letter.date(), "Shaken \uD83E\uDEE8",
                letter.salutation(), List.of(new LetterBlock.Paragraph("I was shaken \uD83E\uDEE8 twice \uD83E\uDEE8.")),
                letter.signOff(), null);
        assertThat(LetterPdfExporter.measure().unprintable(shaken)).isEqualTo("\uD83E\uDEE8");
    }
}
