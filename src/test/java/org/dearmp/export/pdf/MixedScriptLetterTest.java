package org.dearmp.export.pdf;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.PdfInspector;
import org.dearmp.testsupport.PdfTools;
import org.dearmp.testsupport.SampleLetters;

import org.dearmp.export.ExportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.dearmp.letter.Sender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters from writers whose names and words are in scripts Liberation Serif lacks: set in an installed
 * fallback font (found as the app finds it), embedded, and read back from the PDF as the same text.
 * CI installs fonts-noto-core, fonts-droid-fallback and fonts-symbola; without them these tests fail
 * and say which font is missing rather than pass without checking anything.
 */
class MixedScriptLetterTest {

    static final String CHINESE = "王秀英";
    static final String ARABIC = "محمد علي";
    static final String DEVANAGARI = "प्रिया शर्मा";
    static final String WELSH_POLISH = "Gwenllian Dŵr Tŷ Łukasz";
    /** A character no font installed for the tests has (Unicode 15's shaking face). */
    static final String NO_FONT = "\uD83E\uDEE8";

    static Letter mixedLetter() {
        Letter base = SampleLetters.onePage();
        Sender sender = new Sender(ARABIC, List.of(SampleLetters.WELSH_STREET, "Tŷ Newydd"), "LL77 7PP",
                "m.ali@example.org", "01248 000000");
        return new Letter(sender, base.recipient(), base.date(), base.subject(), base.salutation(), List.of(
                new LetterBlock.Paragraph("My neighbours " + CHINESE + " and " + DEVANAGARI + " signed with me; so did "
                        + WELSH_POLISH + "."),
                new LetterBlock.Paragraph("Thank you 😀 for reading.")),
                base.signOff(), base.templateId());
    }

    /** The fallback fonts the tests need, found as the app finds them. */
    static void requireFonts() {
        for (String needed : List.of(CHINESE, ARABIC, DEVANAGARI, "😀")) {
            if (FallbackFonts.system().faceFor(needed.codePointAt(0), false).isEmpty()) {
                fail("No installed font prints " + needed + ": install fonts-noto-core, fonts-droid-fallback and "
                        + "fonts-symbola (.ci/run does)");
            }
        }
    }

    @Test
    void namesInOtherScriptsAreNoLongerCalledUnprintable() {
        requireFonts();
        assertThat(LetterFonts.shared().unprintable(CHINESE + " " + ARABIC + " " + DEVANAGARI + " 😀 " + WELSH_POLISH))
                .isEmpty();
    }

    @Test
    void theOneLetterPdfKeepsEveryScriptAndEmbedsEveryFont(@TempDir Path dir) throws Exception {
        requireFonts();
        byte[] pdf = new LetterPdfExporter(TestClocks.FIXED).toBytes(mixedLetter());
        Path file = dir.resolve("mixed.pdf");
        Files.write(file, pdf);
        assertReadsBackIntact(file);
        try (PdfInspector inspector = new PdfInspector(pdf)) {
            assertThat(inspector.allText()).contains(CHINESE, WELSH_POLISH);
            assertThat(inspector.fonts()).hasSizeGreaterThanOrEqualTo(4).allSatisfy((name, embedded) ->
                    assertThat(embedded).as(name).isTrue());
        }
        PdfTools.assertAllFontsEmbedded(file);
        PdfTools.assertQpdfClean(file);
    }

    @Test
    void theMergedPrintFileKeepsEveryScriptAndEmbedsEveryFont(@TempDir Path dir) throws Exception {
        requireFonts();
        Path file = dir.resolve("merged.pdf");
        LetterPdfExporter exporter = new LetterPdfExporter(TestClocks.FIXED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MergedLetterPdf merged = exporter.openMerged(out, new PdfDocumentInfo("Batch", "", ""), false)) {
            merged.add(SampleLetters.onePage());
            merged.add(mixedLetter());
        }
        Files.write(file, out.toByteArray());
        assertReadsBackIntact(file);
        try (PdfInspector inspector = new PdfInspector(out.toByteArray())) {
            assertThat(inspector.allText()).contains(CHINESE, WELSH_POLISH);
            assertThat(inspector.fonts()).allSatisfy((name, embedded) -> assertThat(embedded).as(name).isTrue());
        }
        PdfTools.assertAllFontsEmbedded(file);
        PdfTools.assertQpdfClean(file);
    }

    @Test
    void aCharacterNoFontHasStopsThePdfAndIsNamed(@TempDir Path dir) {
        Letter base = SampleLetters.onePage();
        Letter letter = new Letter(base.sender(), base.recipient(), base.date(), base.subject(), base.salutation(),
                List.of(new LetterBlock.Paragraph("Shaken " + NO_FONT + " and stirred")), base.signOff(), base.templateId());
        assertThat(LetterFonts.shared().unprintable(NO_FONT)).as("the test needs a character no font has").isEqualTo(NO_FONT);
        Path file = dir.resolve("refused.pdf");
        assertThatThrownBy(() -> new LetterPdfExporter(TestClocks.FIXED).write(letter, file))
                .isInstanceOf(ExportException.Unprintable.class)
                .hasMessageContaining(NO_FONT);
        assertThat(file).doesNotExist();
        LetterPdfExporter exporter = new LetterPdfExporter(TestClocks.FIXED);
        assertThatThrownBy(() -> {
            try (MergedLetterPdf merged = exporter.openMerged(new ByteArrayOutputStream(),
                    new PdfDocumentInfo("Batch", "", ""), false)) {
                merged.add(SampleLetters.onePage());
                merged.add(letter);
            }
        }).isInstanceOf(ExportException.Unprintable.class).hasMessageContaining(NO_FONT);
    }

    /** pdftotext (which reads /ActualText) gives back each name in reading order. */
    private static void assertReadsBackIntact(Path file) throws Exception {
        String text = PdfTools.pdftotext(file);
        assertThat(text).contains(CHINESE, ARABIC, DEVANAGARI, WELSH_POLISH, "😀");
    }
}
