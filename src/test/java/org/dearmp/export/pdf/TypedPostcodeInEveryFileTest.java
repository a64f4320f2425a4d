package org.dearmp.export.pdf;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.PdfInspector;
import org.dearmp.testsupport.SampleLetters;

import org.dearmp.export.TextExporter;
import org.dearmp.export.email.EmailExporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dearmp.letter.Letter;
import org.dearmp.letter.PlainTextLetter;
import org.dearmp.letter.Sender;
import org.junit.jupiter.api.Test;

/** A postcode typed any old way ("cf101ep") is printed in its proper form in every file made from the letter. */
class TypedPostcodeInEveryFileTest {

    private static Letter letterFrom(String typedPostcode) {
        Letter sample = SampleLetters.onePage();
        Sender sender = new Sender("Siân Evans", List.of("4 Heol y Frenhines", "Cardiff"), typedPostcode, "", "");
        return new Letter(sender, sample.recipient(), sample.date(), sample.subject(), sample.salutation(),
                sample.body(), sample.signOff(), sample.templateId());
    }

    @Test
    void theTextFileThePreviewAndTheEmailShowTheProperForm() {
        Letter letter = letterFrom("cf101ep");
        assertThat(PlainTextLetter.document(letter)).contains("CF10 1EP").doesNotContain("cf101ep");
        assertThat(TextExporter.toText(letter)).contains("CF10 1EP").doesNotContain("cf101ep");
        String eml = new String(EmailExporter.toEml(letter, TestClocks.FIXED), StandardCharsets.UTF_8);
        assertThat(eml).contains("CF10 1EP").doesNotContainIgnoringCase("cf101ep");
    }

    @Test
    void thePdfShowsTheProperForm() throws IOException {
        try (PdfInspector pdf = new PdfInspector(new LetterPdfExporter(TestClocks.FIXED).toBytes(letterFrom(" Cf10-1ep ")))) {
            assertThat(pdf.allText()).contains("CF10 1EP").doesNotContainIgnoringCase("Cf10-1ep");
        }
    }

    @Test
    void whatIsNotAPostcodeIsKeptAsTyped() {
        assertThat(new Sender("A", List.of(), " CF10 ", "", "").postcode()).isEqualTo("CF10");
        assertThat(new Sender("A", List.of(), "bt11aa", "", "").postcode()).isEqualTo("BT1 1AA");
        assertThat(new Sender("A", List.of(), null, "", "").postcode()).isEmpty();
    }
}
