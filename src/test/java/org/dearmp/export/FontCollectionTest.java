package org.dearmp.export;

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
        Files.write(pdf, new LetterPdfExporter(new LetterFonts(onlyTheCollection)).toBytes(letter));
        assertThat(PdfTools.pdftotext(pdf)).contains(MixedScriptLetterTest.ARABIC);
        PdfTools.assertAllFontsEmbedded(pdf);
        PdfTools.assertQpdfClean(pdf);
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
