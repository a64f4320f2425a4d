package org.dearmp.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dearmp.i18n.Language;
import org.dearmp.template.LetterTemplate;
import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.RealMps;
import org.dearmp.testsupport.SampleLetters;
import org.junit.jupiter.api.Test;

/** A letter from a Welsh template is Welsh from "Annwyl" to "Yn gywir", addressed to real Welsh MPs as the data has them. */
@DataTest
class WelshLettersTest {

    private static final LetterWords CY = LetterWords.of(Language.WELSH);
    private static final LetterWords EN = LetterWords.of(Language.ENGLISH);
    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @Test
    void welshSalutationsOnRealWelshMps() {
        assertThat(CY.salutation(seat("Ynys Môn").member())).isEqualTo("Annwyl Ms Medi");
        assertThat(CY.salutation(seat("Ceredigion Preseli").member())).isEqualTo("Annwyl Mr Lake");
        assertThat(CY.salutation(seat("Cardiff East").member())).isEqualTo("Annwyl Ms Stevens");
        assertThat(CY.salutation(seat("Alyn and Deeside").member())).isEqualTo("Annwyl Syr Mark");
        assertThat(CY.salutation(seat("Llanelli").member())).isEqualTo("Annwyl Fonesig Nia");
        assertThat(EN.salutation(seat("Llanelli").member())).isEqualTo("Dear Dame Nia");
    }

    @Test
    void welshFormsOfAddressOnTheEnvelope() {
        assertThat(CY.envelopeName(seat("Ynys Môn").member())).isEqualTo("Llinos Medi AS");
        assertThat(CY.envelopeName(seat("Cardiff East").member())).isEqualTo("Y Gwir Anrhydeddus Jo Stevens AS");
        assertThat(CY.envelopeName(seat("Alyn and Deeside").member()))
                .isEqualTo("Y Gwir Anrhydeddus Syr Mark Tami AS");
        assertThat(CY.envelopeName(seat("Llanelli").member())).isEqualTo("Y Fonesig Nia Griffith AS");
        assertThat(CY.envelopeName(seat("Dwyfor Meirionnydd").member()))
                .isEqualTo("Y Gwir Anrhydeddus Liz Saville Roberts AS");
        assertThat(EN.envelopeName(seat("Alyn and Deeside").member())).isEqualTo("The Rt Hon Sir Mark Tami MP");
    }

    @Test
    void theWelshDateIsTheOneJavasCldrDataGivesForEveryMonth() {
        DateTimeFormatter cldr = DateTimeFormatter.ofPattern("d MMMM y", Locale.forLanguageTag("cy"));
        assertThat(CY.date(FIRST_OF_DECEMBER)).isEqualTo("1 Rhagfyr 2026");
        for (int month = 1; month <= 12; month++) {
            LocalDate date = LocalDate.of(2026, month, 28);
            assertThat(CY.date(date)).isEqualTo(cldr.format(date));
        }
        assertThat(EN.date(FIRST_OF_DECEMBER)).isEqualTo("1 December 2026");
    }

    @Test
    void aLetterFromAWelshTemplateIsInWelshWithTheSeatsWelshName() {
        RealMps.Seat seat = seat("Cardiff East");
        Letter letter = new LetterComposer().compose(LetterRequest.of(template("stronger-laws-cy"), seat.member(),
                seat.constituency(), SampleLetters.welshSender(), FIRST_OF_DECEMBER));

        assertThat(letter.language()).isEqualTo(Language.WELSH);
        assertThat(letter.salutation()).isEqualTo("Annwyl Ms Stevens,");
        assertThat(letter.signOff()).isEqualTo("Yn gywir,");
        assertThat(letter.recipient().envelopeName()).isEqualTo("Y Gwir Anrhydeddus Jo Stevens AS");
        assertThat(letter.recipient().addressLines()).containsExactly("Tŷ'r Cyffredin", "Llundain", "SW1A 0AA");
        assertThat(letter.recipient().constituencyName()).isEqualTo("Dwyrain Caerdydd");
        assertThat(PlainTextLetter.body(letter)).startsWith("Rwy'n byw yn etholaeth Dwyrain Caerdydd ");
        assertThat(PlainTextLetter.document(letter)).contains("1 Rhagfyr 2026").contains("Tŷ'r Cyffredin\nLlundain\n");
    }

    @Test
    void aSeatsWelshNameIsUsedWhereItHasOneAndCaerfyrddinStaysCaerfyrddin() {
        assertThat(CY.constituencyName(seat("Alyn and Deeside").constituency())).isEqualTo("Alun a Glannau Dyfrdwy");
        assertThat(CY.constituencyName(seat("Ynys Môn").constituency())).isEqualTo("Ynys Môn");
        assertThat(CY.constituencyName(seat("Caerfyrddin").constituency())).isEqualTo("Caerfyrddin");
        assertThat(CY.constituencyName(seat("Gower").constituency())).isEqualTo("Gŵyr");
        assertThat(CY.constituencyName(seat("Montgomeryshire and Glyndŵr").constituency()))
                .isEqualTo("Maldwyn a Glyndŵr");
        assertThat(EN.constituencyName(seat("Alyn and Deeside").constituency())).isEqualTo("Alyn and Deeside");
    }

    @Test
    void theSameMpGetsAnEnglishLetterFromTheEnglishTemplate() {
        RealMps.Seat seat = seat("Cardiff East");
        Letter letter = new LetterComposer().compose(LetterRequest.of(template("stronger-laws"), seat.member(),
                seat.constituency(), SampleLetters.welshSender(), FIRST_OF_DECEMBER));

        assertThat(letter.language()).isEqualTo(Language.ENGLISH);
        assertThat(letter.salutation()).isEqualTo("Dear Ms Stevens,");
        assertThat(letter.signOff()).isEqualTo("Yours sincerely,");
        assertThat(letter.recipient().addressLines()).containsExactly("House of Commons", "London", "SW1A 0AA");
        assertThat(PlainTextLetter.body(letter)).startsWith("I live in the Cardiff East constituency");
        assertThat(PlainTextLetter.document(letter)).contains("1 December 2026");
    }

    @Test
    void welshWordsWithCircumflexesAndApostrophesAreWordsToTheNearCopyCheck() {
        Fingerprints text = Fingerprints.of("Mae Tŷ'r Cyffredin yn y ddinas; mae'r dŵr yn oer.");
        assertThat(text.words()).extracting(Fingerprints.Word::normalised)
                .containsExactly("mae", "tŷr", "cyffredin", "yn", "y", "ddinas", "maer", "dŵr", "yn", "oer");
        // ŵ typed as w and a combining circumflex (as a Mac may paste it) is the same word as ŵ itself.
        Fingerprints composed = Fingerprints.of("Mae'r dŵr yn oer iawn heddiw yn y bore");
        Fingerprints decomposed = Fingerprints.of("Mae'r dw\u0302r yn oer iawn heddiw yn y bore");
        assertThat(decomposed.similarity(composed)).isEqualTo(1.0);
    }

    @Test
    void theOwnWordsShareOfAWelshLetterCountsTheWritersWelsh() {
        RealMps.Seat seat = seat("Ynys Môn");
        LetterRequest request = LetterRequest.of(template("own-words-cy"), seat.member(), seat.constituency(),
                SampleLetters.welshSender(), FIRST_OF_DECEMBER)
                .withStory("Mae'r gwasanaeth yng Nghaergybi wedi helpu fy nghymydog i ailadeiladu ei bywyd ar ôl dianc.")
                .withPoints(List.of("Mwy o arian i'r gwasanaethau lleol sy'n helpu goroeswyr ar draws Ynys Môn."));
        LetterComposer composer = new LetterComposer();
        Letter letter = composer.compose(request);
        double share = composer.originality(letter, request);
        // 28 of the letter's 73 words are the writer's: all but two count as theirs (two share a phrase with the ask).
        assertThat(share).isBetween(0.33, 0.39);
        assertThat(composer.originality(composer.compose(request.untouched()), request)).isZero();
    }

    private static RealMps.Seat seat(String name) {
        return RealMps.byConstituencyName(name);
    }

    private static LetterTemplate template(String id) {
        return Bundled.templates().require(id);
    }
}
