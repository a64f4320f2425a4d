package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dearmp.batch.input.Supporter;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterComposer;
import org.dearmp.letter.LetterMeasure;
import org.dearmp.letter.LetterRequest;
import org.dearmp.letter.Sender;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.RealMps;
import org.junit.jupiter.api.Test;

/** A batch letter's originality is the one the letter step shows for the same words, whatever is reused. */
@DataTest
class TemplateLettersTest {

    private static final TemplateLibrary TEMPLATES = Bundled.templates();
    private static final LocalDate DATE = LocalDate.of(2026, 12, 2);
    private final RealMps.Seat seat = RealMps.byConstituencyName("Ynys Môn");

    private static Supporter supporter(int row, String first, String last, String message, String... points) {
        return new Supporter(row, first, last, "", List.of(row + " Stryd Fawr"), "Llangefni", "LL77 7AA",
                "", message, List.of(points));
    }

    private double draftOriginality(LetterTemplate template, Supporter supporter) {
        Sender sender = new Sender(supporter.name(), supporter.fullAddress(), supporter.postcode(), "", "");
        LetterRequest request = LetterRequest.of(template, seat.member(), seat.constituency(), sender, DATE)
                .withPoints(supporter.points()).withStory(supporter.message());
        return new LetterComposer(new LetterMeasure() {
            @Override
            public int pageCount(Letter letter) {
                return 1;
            }

            @Override
            public String unprintable(Letter letter) {
                return "";
            }
        }).draft(request).guidance().originality();
    }

    private void assertSameAsTheLetterStep(LetterTemplate template) {
        TemplateLetters letters = new TemplateLetters(template);
        List<Supporter> supporters = List.of(
                supporter(2, "Siân", "Ap Dafydd", "I volunteer at a drop-in in Holyhead and I have met women who were sold.",
                        "Fund specialist support"),
                supporter(3, "Bartholomew-Alexander", "Fitzwilliam-Montgomery", "", "Train nurses"),
                supporter(4, "Siân", "Ap Dafydd", "I volunteer at a drop-in in Holyhead and I have met women who were sold.",
                        "Fund specialist support"));
        for (Supporter supporter : supporters) {
            double made = letters.make(supporter, seat.constituency(), seat.member(), DATE).originality();
            assertThat(made).as(template.id() + ", row " + supporter.row()).isEqualTo(draftOriginality(template, supporter));
        }
    }

    @Test
    void aTemplateThatDoesNotNameTheWriter() {
        LetterTemplate template = TEMPLATES.require("stronger-laws");
        assertThat(template.body()).doesNotContain("sender");
        assertSameAsTheLetterStep(template);
    }

    @Test
    void aTemplateThatNamesTheWriterIsComparedWithThatWritersOwnUntouchedLetter() {
        LetterTemplate base = TEMPLATES.require("stronger-laws");
        LetterTemplate naming = new LetterTemplate(base.header(),
                "I am {{sender.name}} and I live at {{sender.address}} in {{constituency.name}}.\n\n" + base.body(),
                base.bodyFirstLine(), "naming.txt", false);
        assertSameAsTheLetterStep(naming);
    }
}
