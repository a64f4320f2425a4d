package org.dearmp.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

class FontCutsTest {

    private final FontCuts cuts = new FontCuts(LetterFonts.shared());

    @Test
    void lettersInPlainEnglishShareOneCutOfTheRegularFace() {
        FontCuts.Cut one = cuts.cutFor(false, "Dear Ms Medi, I am writing about trafficking.");
        FontCuts.Cut other = cuts.cutFor(false, "Yours sincerely, Jo Bloggs (12 High Street) \u2013 \u00a35");
        assertThat(other).isSameAs(one);
    }

    @Test
    void aLetterWithOtherCharactersGetsACutThatHasThem() {
        FontCuts.Cut plain = cuts.cutFor(false, "Dear Ms Medi");
        FontCuts.Cut welsh = cuts.cutFor(false, "T\u0177 Newydd, Heol y D\u0175r, Ynys M\u00f4n");
        assertThat(welsh).isNotSameAs(plain);
        assertThat(plain.glyph('\u0175')).isZero();
        for (char c : "\u0175\u0177\u00f4Dr".toCharArray()) {
            assertThat(welsh.glyph(c)).as("glyph for %s", c).isPositive();
        }
    }

    @Test
    void theBoldCutHoldsExactlyTheSubjectsCharacters() {
        FontCuts.Cut bold = cuts.cutFor(true, "Modern slavery");
        assertThat(bold.glyph('M')).isPositive();
        assertThat(bold.glyph('y')).isPositive();
        assertThat(bold.glyph('Z')).isZero();
        assertThat(bold.fontName()).matches("[A-Z]{6}\\+LiberationSerif-Bold");
    }

    @Test
    void theCutFontIsAWorkingTrueTypeFontWithTheRightWidths() throws Exception {
        String text = "Gwenllian D\u0175r, \u0141ukasz";
        FontCuts.Cut cut = cuts.cutFor(false, text);
        byte[] font = inflate(cut.fontFile());
        assertThat(font).hasSize(cut.fontFileLength());
        BaseFont parsed = BaseFont.createFont("cut.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, font, null);
        for (char c : text.toCharArray()) {
            assertThat(parsed.charExists(c)).as("has %s", c).isTrue();
            assertThat(parsed.getWidth(c)).as("width of %s", c).isEqualTo(LetterFonts.shared().advance(false, c));
        }
    }

    private static byte[] inflate(byte[] compressed) throws Exception {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(compressed);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        inflater.end();
        return out.toByteArray();
    }
}
