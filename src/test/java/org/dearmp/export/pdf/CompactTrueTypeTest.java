package org.dearmp.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CompactTrueTypeTest {

    private static byte[] liberation(String file) throws Exception {
        try (InputStream in = CompactTrueTypeTest.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theCompactFontHasEveryKeptCharacterWithTheSameMetricsAndNoOthers() throws Exception {
        for (String file : new String[] {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"}) {
            byte[] ttf = liberation(file);
            byte[] compact = CompactTrueType.compact(ttf, LetterFonts.COMPACT_REPERTOIRE);
            assertThat(compact.length).isLessThan(ttf.length / 3);
            BaseFont full = BaseFont.createFont(file, BaseFont.IDENTITY_H, true, false, ttf, null);
            BaseFont small = BaseFont.createFont(file, BaseFont.IDENTITY_H, true, false, compact, null);
            assertThat(small.getPostscriptFontName()).isEqualTo(full.getPostscriptFontName());
            int kept = 0;
            for (int cp = 0x20; cp < 0xffff; cp++) {
                boolean shouldHave = LetterFonts.COMPACT_REPERTOIRE.test(cp) && full.charExists(cp);
                assertThat(small.charExists(cp)).as("U+%04X in %s", cp, file).isEqualTo(shouldHave);
                if (shouldHave) {
                    kept++;
                    assertThat(small.getWidth(cp)).as("width of U+%04X", cp).isEqualTo(full.getWidth(cp));
                    assertThat(small.getCharBBox(cp)).as("box of U+%04X", cp).isEqualTo(full.getCharBBox(cp));
                }
            }
            assertThat(kept).isGreaterThan(900);
            for (int cp : "ŵŷŴŶẁẃẅỳÓŁłçñß€–—‘’“”•…".codePoints().toArray()) {
                assertThat(small.charExists(cp)).as("U+%04X", cp).isTrue();
            }
        }
    }
}
