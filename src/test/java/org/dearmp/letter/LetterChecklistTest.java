package org.dearmp.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dearmp.letter.ChecklistItem.Check;
import org.dearmp.letter.ChecklistItem.State;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.RealMps;
import org.junit.jupiter.api.Test;

/** Each rule of the checklist on real-ish letters to real MPs from the bundled templates: met, and not. */
@DataTest
class LetterChecklistTest {
    private static final TemplateLibrary BUNDLED = Bundled.templates();
    private static final RealMps.Seat CARDIFF_SOUTH = RealMps.byConstituencyName("Cardiff South and Penarth");
    private static final RealMps.Seat CHORLEY = RealMps.byConstituencyName("Chorley");
    private static final Sender PENARTH = new Sender("Siân Evans", List.of("4 Plymouth Road", "Penarth"), "CF64 3DA",
            "", "");
    private static final String STORY = "My sister was trafficked to a flat above a shop in Penarth, and it was a "
            + "volunteer at the drop-in on Windsor Road who first noticed. Without that project she would not be "
            + "alive. The drop-in now runs on one short grant that ends in March.";

    /** Pages as a layout would count them: here, one page up to 500 words, then two. */
    private static final LetterMeasure BY_WORDS = new LetterMeasure() {
        @Override
        public int pageCount(Letter letter) {
            return Fingerprints.of(PlainTextLetter.body(letter)).wordCount() > 500 ? 2 : 1;
        }

        @Override
        public String unprintable(Letter letter) {
            return "";
        }
    };

    private LetterRequest request(String template) {
        return LetterRequest.of(BUNDLED.require(template), CARDIFF_SOUTH.member(), CARDIFF_SOUTH.constituency(),
                PENARTH, LocalDate.of(2026, 12, 2));
    }

    private List<ChecklistItem> check(LetterRequest request) {
        return check(request, LetterChecklist.english());
    }

    private List<ChecklistItem> check(LetterRequest request, LetterChecklist checklist) {
        LetterComposer.Draft draft = new LetterComposer(BY_WORDS).draft(request);
        return checklist.check(request, draft.letter(), draft.guidance());
    }

    private static ChecklistItem item(List<ChecklistItem> items, Check check) {
        return LetterChecklist.item(items, check).orElseThrow();
    }

    @Test
    void aPersonalLocalLetterMeetsEveryItem() {
        List<ChecklistItem> items = check(request("visit-local-projects").withStory(STORY)
                .withPoints(List.of("The drop-in sees twelve women a week.")));

        assertThat(items).extracting(ChecklistItem::check).containsExactly(Check.values());
        assertThat(items).allSatisfy(i -> assertThat(i.state()).as(i.message()).isEqualTo(State.MET));
        assertThat(items).allSatisfy(i -> assertThat(i.why()).isNotBlank().doesNotContain("\n"));
        assertThat(LetterChecklist.metCount(items)).isEqualTo(Check.values().length);
        assertThat(item(items, Check.ADDRESS_IN_SEAT).message()).contains("CF64 3DA", "Cardiff South and Penarth");
        assertThat(item(items, Check.LOCAL_ANGLE).message()).contains("Penarth");
    }

    @Test
    void theTemplateAloneIsAlmostAllTemplateWithNoStoryAndNoLocalAngle() {
        List<ChecklistItem> items = check(request("stronger-laws"));

        assertThat(item(items, Check.PERSONAL_STORY).state()).isEqualTo(State.NOT_MET);
        // The template names the seat, but that is not the writer saying what it means locally.
        assertThat(item(items, Check.LOCAL_ANGLE).state()).isEqualTo(State.NOT_MET);
        assertThat(item(items, Check.LOCAL_ANGLE).message()).contains("Cardiff South and Penarth");
        assertThat(item(items, Check.OWN_WORDS).state()).isEqualTo(State.NOT_MET);
        assertThat(item(items, Check.NOT_ALL_TEMPLATE).state()).isEqualTo(State.WARNING);
        assertThat(item(items, Check.ONE_ASK).state()).isEqualTo(State.MET);
        assertThat(item(items, Check.ONE_PAGE).state()).isEqualTo(State.MET);
    }

    @Test
    void noAddressOrAPostcodeInAnotherSeatIsNotMet() {
        LetterRequest noAddress = request("stronger-laws").withSender(new Sender("Siân Evans", List.of(), "", "", ""));
        assertThat(item(check(noAddress), Check.ADDRESS_IN_SEAT).state()).isEqualTo(State.NOT_MET);
        LetterRequest noPostcode = request("stronger-laws").withSender(new Sender("Siân Evans",
                List.of("4 Plymouth Road"), "", "", ""));
        assertThat(item(check(noPostcode), Check.ADDRESS_IN_SEAT).state()).isEqualTo(State.NOT_MET);

        LetterRequest toChorley = LetterRequest.of(BUNDLED.require("stronger-laws"), CHORLEY.member(),
                CHORLEY.constituency(), PENARTH, LocalDate.of(2026, 12, 2)).withHomeSeat(CARDIFF_SOUTH.constituency());
        ChecklistItem address = item(check(toChorley), Check.ADDRESS_IN_SEAT);
        assertThat(address.state()).isEqualTo(State.NOT_MET);
        assertThat(address.message()).contains("CF64 3DA", "Cardiff South and Penarth", "Chorley");
    }

    @Test
    void aShortReasonIsAWarningAndAStoryOfSubstanceIsMet() {
        assertThat(item(check(request("stronger-laws").withStory("I care about this.")), Check.PERSONAL_STORY).state())
                .isEqualTo(State.WARNING);
        assertThat(item(check(request("stronger-laws").withStory(STORY)), Check.PERSONAL_STORY).state())
                .isEqualTo(State.MET);
    }

    @Test
    void aLocalAngleIsTheSeatATownOfItOrALocalProjectInTheWritersWords() {
        String general = "I worry about this issue and have read a great deal about it over many years now.";
        assertThat(item(check(request("stronger-laws").withStory(general)), Check.LOCAL_ANGLE).state())
                .isEqualTo(State.NOT_MET);
        for (String local : List.of("I grew up in cardiff.", "Our local food bank sees it.",
                "It happens in Cardiff South and Penarth too.", "A refuge near here closed.",
                "I help at a drop-in in Grangetown.")) {
            assertThat(item(check(request("stronger-laws").withStory(general + " " + local)), Check.LOCAL_ANGLE)
                    .state()).as(local).isEqualTo(State.MET);
        }
        // The nation, Parliament and dates after "in" are no local angle.
        assertThat(item(check(request("stronger-laws").withStory(general + " It matters in Wales, in "
                + "Parliament and in March.")), Check.LOCAL_ANGLE).state()).isEqualTo(State.NOT_MET);
        assertThat(LocalAngle.places(CARDIFF_SOUTH.constituency())).contains("Cardiff", "Penarth")
                .doesNotContain("South", "and");
    }

    @Test
    void severalRequestsInTheWritersOwnWordsAreAWarning() {
        String asking = STORY + " Will you meet me? Please also write to the Home Secretary. I ask you to vote for "
                + "the bill. Could you visit the drop-in?";
        ChecklistItem ask = item(check(request("stronger-laws").withStory(asking)), Check.ONE_ASK);
        assertThat(ask.state()).isEqualTo(State.WARNING);
        assertThat(ask.message()).contains("4");
        // One rhetorical question is not a second ask.
        assertThat(item(check(request("stronger-laws").withStory(STORY + " How can that be right?")), Check.ONE_ASK)
                .state()).isEqualTo(State.MET);
    }

    @Test
    void usSpellingsAreNamedWithTheirBritishFormsOnlyInEnglishLetters() {
        LetterRequest american = request("stronger-laws").withStory(STORY
                + " The organization I volunteer with is a center for survivors; I realize its labor is unpaid.");
        ChecklistItem spelling = item(check(american), Check.BRITISH_SPELLING);
        assertThat(spelling.state()).isEqualTo(State.WARNING);
        assertThat(spelling.message()).contains("organization (organisation)", "center (centre)",
                "realize (realise)", "labor (labour)");
        assertThat(item(check(request("stronger-laws").withStory(STORY)), Check.BRITISH_SPELLING).state())
                .isEqualTo(State.MET);
        // A letter in another language has no such rule: no item, rather than a false alarm.
        assertThat(LetterChecklist.item(check(american, LetterChecklist.forLanguage(Locale.forLanguageTag("cy"))),
                Check.BRITISH_SPELLING)).isEmpty();
    }

    @Test
    void aLongBulletListIsAWarningAndAFewPointsAreNot() {
        LetterRequest listed = request("stronger-laws").withStory(STORY + "\n- one thing\n* another\n• a third")
                .withPoints(List.of("First point.", "Second point.", "Third point."));
        ChecklistItem bullets = item(check(listed), Check.FEW_BULLETS);
        assertThat(bullets.state()).isEqualTo(State.WARNING);
        assertThat(bullets.message()).contains("6");
        assertThat(item(check(request("stronger-laws").withPoints(List.of("First.", "Second.", "Third."))),
                Check.FEW_BULLETS).state()).isEqualTo(State.MET);
    }

    @Test
    void aLetterOverOnePageIsNotMet() {
        String longStory = (STORY + "\n\n").repeat(12);
        ChecklistItem page = item(check(request("stronger-laws").withStory(longStory)), Check.ONE_PAGE);
        assertThat(page.state()).isEqualTo(State.NOT_MET);
        assertThat(page.message()).contains("2");
    }

    @Test
    void fewerOwnWordsThanTheTemplateSuggestsIsNotMet() {
        ChecklistItem own = item(check(request("visit-local-projects").withStory("My sister was helped by one.")),
                Check.OWN_WORDS);
        assertThat(own.state()).isEqualTo(State.NOT_MET);
        assertThat(own.message()).contains("40");
    }

    @Test
    void aWelshLetterIsCheckedInWelshWithoutTheSpellingRule() {
        String stori = "Cafodd fy chwaer ei masnachu i fflat uwchben siop yng Nghaerdydd, a bu'n rhaid iddi aros "
                + "naw mis am gymorth gan y gwasanaethau lleol.";
        List<ChecklistItem> items = check(request("stronger-laws-cy").withStory(stori),
                LetterChecklist.forLanguage(org.dearmp.i18n.Language.WELSH.locale()));

        assertThat(items).extracting(ChecklistItem::check).doesNotContain(Check.BRITISH_SPELLING);
        assertThat(item(items, Check.LOCAL_ANGLE).state()).isEqualTo(State.MET);
        assertThat(item(items, Check.PERSONAL_STORY).state()).isEqualTo(State.MET);
        assertThat(item(items, Check.ONE_ASK).state()).isEqualTo(State.MET);

        List<ChecklistItem> asking = check(request("stronger-laws-cy").withStory(stori
                        + " A wnewch chi ymweld â'r lloches? Os gwelwch yn dda, siaradwch â'r Gweinidog hefyd."),
                LetterChecklist.forLanguage(org.dearmp.i18n.Language.WELSH.locale()));
        assertThat(item(asking, Check.ONE_ASK).state()).isEqualTo(State.WARNING);
    }
}
