package org.dearmp.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import org.dearmp.export.email.EmailExporter;
import org.dearmp.export.pdf.LetterPdfExporter;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterComposer;
import org.dearmp.letter.LetterRequest;
import org.dearmp.letter.PlainTextLetter;
import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.PdfInspector;
import org.dearmp.testsupport.PdfTools;
import org.dearmp.testsupport.RealMps;
import org.dearmp.testsupport.SampleLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Welsh letter to a real Welsh MP, through the PDF, the .eml and the text file, read back. */
@DataTest
class WelshLetterExportsTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneId.of("Europe/London"));
    private static final Clock CLOCK = Clock.fixed(WHEN.toInstant(), WHEN.getZone());
    private static final String STORY = "Rwy'n gwirfoddoli mewn lloches yn Llanelli; mae'r menywod yno'n haeddu "
            + "cymorth sy'n para, a gwasanaeth yn eu hiaith eu hunain: ŵ ŷ â ê î ô û Ŵ Ŷ.";

    private static Letter welshLetter(String template, String seat) {
        RealMps.Seat real = RealMps.byConstituencyName(seat);
        return new LetterComposer().compose(LetterRequest.of(Bundled.templates().require(template), real.member(),
                        real.constituency(), SampleLetters.welshSender(), WHEN.toLocalDate())
                .withStory(STORY).withPoints(List.of("Cyllid tymor hir i'r gwasanaethau sy'n helpu goroeswyr.")));
    }

    @Test
    void theWelshPdfReadsBackInWelshWithEveryCircumflexEmbedded(@TempDir Path dir) throws Exception {
        Letter letter = welshLetter("survivor-support-cy", "Llanelli");
        Path pdf = dir.resolve("llythyr.pdf");
        new LetterPdfExporter(CLOCK).write(letter, pdf);

        String text;
        try (PdfInspector inspector = new PdfInspector(Files.readAllBytes(pdf))) {
            text = inspector.allText();
        }
        assertThat(text).contains("Annwyl Fonesig Nia,", "Yn gywir,", "Tŷ'r Cyffredin", "Llundain", "1 Rhagfyr 2026",
                "Y Fonesig Nia Griffith AS", "ŵ ŷ â ê î ô û Ŵ Ŷ", "Rwy'n byw yn etholaeth Llanelli");
        assertThat(text).doesNotContain("Dear", "Yours sincerely", "House of Commons", "December");
        assertThat(PdfTools.pdftotext(pdf)).contains("Tŷ'r Cyffredin", "ŵ ŷ â ê î ô û");
        PdfTools.assertAllFontsEmbedded(pdf);
    }

    @Test
    void aTwoPageWelshPdfNumbersItsPagesInWelsh() throws Exception {
        Letter one = welshLetter("stronger-laws-cy", "Ynys Môn");
        Letter letter = new Letter(one.sender(), one.recipient(), one.date(), one.subject(), one.salutation(),
                SampleLetters.twoPages().body(), one.signOff(), one.templateId(), one.language());
        try (PdfInspector inspector = new PdfInspector(new LetterPdfExporter(CLOCK).toBytes(letter))) {
            assertThat(inspector.pages()).isEqualTo(2);
            assertThat(inspector.text(1)).contains("Tudalen 1 o 2");
            assertThat(inspector.text(2)).contains("Tudalen 2 o 2", "Llinos Medi AS", "1 Rhagfyr 2026");
        }
    }

    @Test
    void theWelshEmlRoundTripsItsSubjectAndBody() throws Exception {
        Letter letter = welshLetter("written-question-cy", "Ceredigion Preseli");
        byte[] eml = EmailExporter.toEml(letter, CLOCK);
        assertThat(new String(eml, StandardCharsets.ISO_8859_1).chars()).allMatch(c -> c < 128);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));

        assertThat(message.getSubject()).isEqualTo("Cwestiwn ysgrifenedig am fasnachu rhyw");
        String body = ((String) message.getContent()).replace("\r\n", "\n");
        assertThat(body).startsWith("Annwyl Mr Lake,\n\nRwy'n byw yn etholaeth Ceredigion Preseli,")
                .contains(STORY, "Yn gywir,", "Tŷ Newydd");
        assertThat(message.getContentLanguage()).containsExactly("cy-GB");
    }

    @Test
    void aWelshSubjectWithCircumflexesIsEncodedAndRoundTrips() throws Exception {
        Letter base = welshLetter("own-words-cy", "Ynys Môn");
        Letter letter = new Letter(base.sender(), base.recipient(), base.date(), "Dŵr glân i Dŷ'r Cyffredin, Ynys Môn",
                base.salutation(), base.body(), base.signOff(), base.templateId(), base.language());
        byte[] eml = EmailExporter.toEml(letter, CLOCK);
        String raw = new String(eml, StandardCharsets.US_ASCII);
        assertThat(raw).containsPattern("Subject: =\\?UTF-8\\?[BQ]\\?");
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        assertThat(message.getSubject()).isEqualTo("Dŵr glân i Dŷ'r Cyffredin, Ynys Môn");
    }

    @Test
    void theTextFileIsWelshFromTheDateToTheSignOff() {
        String text = PlainTextLetter.document(welshLetter("stronger-laws-cy", "Alyn and Deeside"));
        assertThat(text).contains("\n1 Rhagfyr 2026\n\nY Gwir Anrhydeddus Syr Mark Tami AS\nTŷ'r Cyffredin\nLlundain\nSW1A 0AA\n")
                .contains("Annwyl Syr Mark,", "Yn gywir,", "etholaeth Alun a Glannau Dyfrdwy");
        assertThat(LocalDate.of(2026, 12, 1)).isEqualTo(WHEN.toLocalDate());
    }
}
