package org.dearmp.letter;

import org.dearmp.testsupport.Bundled;
import org.dearmp.core.UkDates;
import org.dearmp.testsupport.RealMps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dearmp.parliament.FormsOfAddress;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;

@DataTest
class LetterComposerTest {

    private static final TemplateLibrary BUNDLED = Bundled.templates();
    private final LetterComposer composer = new LetterComposer(org.dearmp.export.pdf.LetterPdfExporter.measure());
    private final Sender sender = new Sender("Siân Llŷr", List.of("3 Ffordd y Môr", "Aberystwyth"), "SY23 1AA",
            "sian@example.org", "");

    private LetterRequest request(String templateId, RealMps.Seat seat) {
        return LetterRequest.of(BUNDLED.require(templateId), seat.member(), seat.constituency(), sender,
                LocalDate.of(2026, 11, 27));
    }

    @Test
    void everyBundledTemplateRendersForEveryRealMpWithNoPlaceholderLeft() {
        List<RealMps.Seat> seats = RealMps.all();
        assertThat(seats).hasSizeGreaterThan(640);
        for (LetterTemplate template : BUNDLED.templates()) {
            for (RealMps.Seat seat : seats) {
                Letter letter = composer.compose(request(template.id(), seat)
                        .withPoints(List.of("Local services need steady funding.", "Training matters."))
                        .withStory("I volunteer locally.\n\nIt has changed how I see our town."));
                String text = PlainTextLetter.document(letter);
                // The words around the body are in the template's language (a Welsh one's: "Annwyl", Tŷ'r Cyffredin).
                LetterWords words = LetterWords.of(template.header().language());
                assertThat(text).as(template.id() + " for " + seat.member().displayName())
                        .doesNotContain("{{").doesNotContain("}}")
                        .contains(words.constituencyName(seat.constituency()))
                        .contains(SpeakerAsk.forMember(template, seat.member()))
                        .contains("- Local services need steady funding.")
                        .contains("It has changed how I see our town.");
                assertThat(letter.salutation()).isEqualTo(words.salutation(seat.member()) + ",");
                assertThat(letter.recipient().envelopeName()).isEqualTo(words.envelopeName(seat.member()));
                assertThat(letter.recipient().addressLines()).isEqualTo(words.houseOfCommons());
                if (template.header().language() == org.dearmp.i18n.Language.ENGLISH) {
                    assertThat(letter.salutation()).isEqualTo(FormsOfAddress.salutation(seat.member()) + ",");
                    assertThat(letter.recipient().addressLines()).isEqualTo(FormsOfAddress.HOUSE_OF_COMMONS);
                }
                assertThat(letter.recipient().email()).isEqualTo(seat.member().email());
            }
        }
    }

    @Test
    void eachBundledTemplateEndsWithItsAskAndFitsOnePageWithTypicalPoints() {
        for (LetterTemplate template : BUNDLED.templates()) {
            LetterComposer.Draft draft = composer.draft(TypicalLetter.request(template));
            List<LetterBlock> body = draft.letter().body();
            String lastTwo = PlainTextLetter.body(body.subList(body.size() - 2, body.size()));
            assertThat(lastTwo).as(template.id()).contains(template.ask());
            assertThat(draft.guidance().fitsOnePage()).as(template.id() + " " + draft.guidance().pages()).isTrue();
        }
    }

    @Test
    void textTheWriterTypesIsPrintedAsTypedNeverEvaluated() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        Sender curious = new Sender("{{mp.name}}", List.of("{{#points}}x{{/points}}"), "GU11 1AA", "", "");
        Letter letter = composer.compose(LetterRequest.of(BUNDLED.require("own-words"), seat.member(),
                        seat.constituency(), curious, LocalDate.of(2026, 11, 27))
                .withPoints(List.of("Please print {{mp.name}} as typed", "{{{story}}} and {{/points}} too"))
                .withStory("My story mentions {{constituency.name}} and {{#hasPoints}}yes{{/hasPoints}}.")
                .withAsk("Will you answer {{ask}}?"));
        String text = PlainTextLetter.document(letter);
        assertThat(text).contains("- Please print {{mp.name}} as typed")
                .contains("- {{{story}}} and {{/points}} too")
                .contains("My story mentions {{constituency.name}} and {{#hasPoints}}yes{{/hasPoints}}.")
                .contains("Will you answer {{ask}}?")
                .contains("{{#points}}x{{/points}}")
                .startsWith("{{mp.name}}\n")
                .doesNotContain(seat.member().displayName() + " as typed");
    }

    @Test
    void noHtmlEscapingInAPlainTextLetter() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        Letter letter = composer.compose(request("own-words", seat).withStory("Fish & chips <b>\"quoted\"</b> O'Brien"));
        assertThat(PlainTextLetter.body(letter)).contains("Fish & chips <b>\"quoted\"</b> O'Brien");
    }

    @Test
    void theDateIsTheUkLongFormAndTheSignOffAndSalutationCanBeChanged() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        Letter letter = composer.compose(request("stronger-laws", seat).withSalutation("Dear Alex")
                .withSignOff("Yours faithfully,").withSubject("My own subject"));
        assertThat(UkDates.date(letter.date())).isEqualTo("27 November 2026");
        assertThat(UkDates.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 March 2027");
        assertThat(letter.salutation()).isEqualTo("Dear Alex");
        assertThat(letter.signOff()).isEqualTo("Yours faithfully,");
        assertThat(letter.subject()).isEqualTo("My own subject");
        assertThat(letter.templateId()).isEqualTo("stronger-laws");
        Letter usual = composer.compose(request("stronger-laws", seat));
        assertThat(usual.signOff()).isEqualTo("Yours sincerely,");
        assertThat(usual.subject()).isEqualTo(BUNDLED.require("stronger-laws").subject());
    }

    @Test
    void pointsBecomeOneBulletListAndTheStoryKeepsItsParagraphs() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        Letter letter = composer.compose(request("stronger-laws", seat)
                .withPoints(List.of("- First point\nwrapped over a line", "  ", "Second point"))
                .withStory("Para one\r\nstill para one.\r\n\r\nPara two."));
        List<LetterBlock> body = letter.body();
        assertThat(body).contains(new LetterBlock.BulletList(List.of("First point wrapped over a line", "Second point")));
        assertThat(body).contains(new LetterBlock.Paragraph("Para one still para one."));
        assertThat(body).contains(new LetterBlock.Paragraph("Para two."));
        assertThat(body).filteredOn(LetterBlock.Paragraph.class::isInstance)
                .noneMatch(block -> ((LetterBlock.Paragraph) block).text().contains("\n"));
    }

    @Test
    void withoutPointsTheLeadInSentenceIsLeftOut() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        String with = PlainTextLetter.body(composer.compose(request("stronger-laws", seat).withPoints(List.of("A"))));
        String without = PlainTextLetter.body(composer.compose(request("stronger-laws", seat)));
        assertThat(with).contains("These are the points that matter most to me:");
        assertThat(without).doesNotContain("These are the points").doesNotContain("\n\n\n");
    }

    @Test
    void anUntouchedTemplateIsNearlyNoneOfTheWritersOwnWords() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        for (LetterTemplate template : BUNDLED.templates()) {
            LetterGuidance guidance = composer.draft(request(template.id(), seat)).guidance();
            assertThat(guidance.originality()).as(template.id()).isLessThan(0.05);
            assertThat(guidance.similarity()).as(template.id()).isGreaterThan(0.95);
            assertThat(guidance.templatePassages()).isNotEmpty();
            assertThat(guidance.advice()).contains(LetterGuidance.Advice.MOSTLY_TEMPLATE);
        }
    }

    @Test
    void aLetterInTheWritersOwnWordsIsNearlyAllTheirOwn() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        String story = """
                Last spring a friend of my daughter was befriended online by a man who promised her modelling work \
                in Manchester. She is safe now, thanks to a teacher who noticed that something was wrong and knew \
                who to call. I keep thinking about the girls who do not have a teacher like that.

                I have since joined a volunteer group that meets every fortnight in our high street, and I have \
                learnt how little help there is once someone has been found. We raise money with cake sales, \
                which is not how support for victims of a serious crime ought to be paid for.

                I would like our constituency to be somewhere that takes this seriously, and I hope you will lead \
                that. I am happy to meet you at one of your surgeries to talk about what our group has seen.""";
        LetterGuidance guidance = composer.draft(request("own-words", seat).withStory(story)
                .withAsk("Could we meet at your next surgery so that I can tell you more about what our group does?"))
                .guidance();
        assertThat(guidance.originality()).isGreaterThan(0.85);
        assertThat(guidance.similarity()).isLessThan(0.15);
        assertThat(guidance.ownWordCount()).isGreaterThan(guidance.minOwnWords());
        assertThat(guidance.advice()).isEmpty();
    }

    @Test
    void theTemplatePassagesAreTheTemplatesWordsAndNotTheWriters() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        String story = "Our church runs a night shelter and two of our guests last winter had been trafficked to this country.";
        LetterGuidance guidance = composer.draft(request("stronger-laws", seat).withStory(story)).guidance();
        String text = guidance.bodyText();
        assertThat(guidance.templatePassages()).isNotEmpty().allSatisfy(range ->
                assertThat(range.of(text)).doesNotContain("night shelter"));
        String firstPassage = guidance.templatePassages().get(0).of(text);
        assertThat(firstPassage).startsWith("I live in the Aldershot constituency");
        assertThat(guidance.originality()).isBetween(0.05, 0.5);
        assertThat(guidance.ownWordCount()).isEqualTo(Fingerprints.of(story).wordCount());
    }

    @Test
    void theMoreTheWriterAddsTheHigherTheOriginality() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        double previous = -1;
        for (int points = 0; points <= 3; points++) {
            List<String> added = TypicalLetter.samplePoints().subList(0, points);
            double originality = composer.draft(request("survivor-support", seat).withPoints(added)).guidance().originality();
            assertThat(originality).isGreaterThan(previous);
            previous = originality;
        }
    }

    @Test
    void theGuidanceReadsAsOneLineAndAdviceInWords() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        LetterGuidance untouched = composer.draft(request("survivor-support", seat)).guidance();
        assertThat(untouched.summary()).matches("\\d+ words, [0-4]% in your own words, fits on one page");
        assertThat(untouched.adviceMessages()).containsExactly(
                "Add a little more in your own words: this template suggests at least 40 words of your own.",
                "Most of this letter is the template's wording. MPs give more weight to a letter in the writer's own words.");
        List<String> many = java.util.Collections.nCopies(40, "A point that goes on for a while so that the letter runs long.");
        LetterGuidance tooLong = composer.draft(request("survivor-support", seat).withPoints(many)).guidance();
        assertThat(tooLong.fitsOnePage()).isFalse();
        assertThat(tooLong.summary()).endsWith(", 2 pages");
        assertThat(tooLong.advice()).first().isEqualTo(LetterGuidance.Advice.OVER_ONE_PAGE);
    }

    @Test
    void anUncheckedTemplateCannotReachJavaMethodsThroughItsValues() {
        RealMps.Seat seat = RealMps.byConstituencyName("Aldershot");
        LetterTemplate own = BUNDLED.require("own-words");
        LetterTemplate sneaky = new LetterTemplate(own.header(), "{{story.class}} {{story.length}}", 8, "sneaky.txt", false);
        assertThatThrownBy(() -> composer.compose(request("own-words", seat).withTemplate(sneaky).withStory("abc")))
                .isInstanceOf(org.dearmp.core.DearMpException.class);
    }
}
