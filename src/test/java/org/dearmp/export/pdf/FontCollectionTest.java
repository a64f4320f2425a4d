package org.dearmp.export.pdf;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.PdfTools;
import org.dearmp.testsupport.SampleLetters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows and macOS ship many of their CJK and Indic fonts as TrueType collections (.ttc); the first
 * font of one serves as a fallback like any .ttf. The collection here is made from the installed
 * Arabic font, so the test needs nothing beyond what CI installs.
 */
class FontCollectionTest {

    @Test
    void aFontInsideACollectionPrintsAndEmbedsLikeAnyOther(@TempDir Path dir) throws Exception {
        MixedScriptLetterTest.requireFonts();
        FallbackFace arabic = FallbackFonts.system().faceFor('م', false).orElseThrow();
        Path folder = Files.createDirectories(dir.resolve("fonts"));
        Files.write(folder.resolve("Collected.ttc"), collectionOf(Files.readAllBytes(arabic.file())));

        FallbackFonts onlyTheCollection = new FallbackFonts(List.of(folder));
        assertThat(onlyTheCollection.faceFor('م', false)).hasValueSatisfying(face ->
                assertThat(face.file().getFileName().toString()).isEqualTo("Collected.ttc"));

        Letter base = SampleLetters.onePage();
        Letter letter = new Letter(base.sender(), base.recipient(), base.date(), base.subject(), base.salutation(),
                List.of(new LetterBlock.Paragraph("Signed by " + MixedScriptLetterTest.ARABIC + " too.")),
                base.signOff(), base.templateId());
        Path pdf = dir.resolve("collected.pdf");
        Files.write(pdf, new LetterPdfExporter(new LetterFonts(onlyTheCollection), TestClocks.FIXED).toBytes(letter));
        assertThat(PdfTools.pdftotext(pdf)).contains(MixedScriptLetterTest.ARABIC);
        PdfTools.assertAllFontsEmbedded(pdf);
        PdfTools.assertQpdfClean(pdf);
    }

    @Test
    void aDamagedFontFileIsPassedOverForTheNextThatHasTheCharacter(@TempDir Path dir) throws Exception {
        MixedScriptLetterTest.requireFonts();
        byte[] good = Files.readAllBytes(FallbackFonts.system().faceFor('م', false).orElseThrow().file());
        Path folder = Files.createDirectories(dir.resolve("fonts"));
        // Its directory and cmap are whole, so it claims Arabic; the rest is cut off, so it cannot load.
        Files.write(folder.resolve("Broken.ttf"), java.util.Arrays.copyOf(good, cmapEnd(good)));
        Files.write(folder.resolve("Collected.ttc"), collectionOf(good));

        FallbackFonts fonts = new FallbackFonts(List.of(folder));
        assertThat(fonts.faceFor('م', false)).hasValueSatisfying(face ->
                assertThat(face.file().getFileName().toString()).isEqualTo("Collected.ttc"));
    }

    @Test
    void onlyFontsWhoseLicenceAllowsSubsetEmbeddingAreUsed() {
        assertThat(FallbackFace.embeddable(0x0000)).as("installable").isTrue();
        assertThat(FallbackFace.embeddable(0x0008)).as("editable").isTrue();
        assertThat(FallbackFace.embeddable(0x0004)).as("print and preview").isTrue();
        assertThat(FallbackFace.embeddable(0x0002)).as("restricted").isFalse();
        assertThat(FallbackFace.embeddable(0x0104)).as("no subsetting").isFalse();
        assertThat(FallbackFace.embeddable(0x0204)).as("bitmaps only").isFalse();
    }

    /** Where the cmap table ends in a font file (so a copy cut there still has its directory and cmap). */
    private static int cmapEnd(byte[] ttf) {
        ByteBuffer b = ByteBuffer.wrap(ttf);
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (new String(ttf, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("cmap")) {
                int end = b.getInt(at + 8) + b.getInt(at + 12);
                int os2 = 0;
                for (int k = 0; k < tables; k++) {
                    if (new String(ttf, 12 + 16 * k, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("OS/2")) {
                        os2 = b.getInt(12 + 16 * k + 8) + 10;
                    }
                }
                return Math.max(end, os2);
            }
        }
        throw new AssertionError("no cmap");
    }

    /** A one-font collection: the 'ttcf' header, then the font with its table offsets moved along. */
    static byte[] collectionOf(byte[] ttf) {
        int header = 16;
        ByteBuffer out = ByteBuffer.allocate(header + ttf.length);
        out.putInt(0x74746366).putInt(0x00010000).putInt(1).putInt(header).put(ttf);
        int tables = ByteBuffer.wrap(ttf).getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int offsetAt = header + 12 + 16 * i + 8;
            out.putInt(offsetAt, out.getInt(offsetAt) + header);
        }
        return out.array();
    }
}
