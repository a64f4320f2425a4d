package org.dearmp.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterFontsTest {

    private final LetterFonts fonts = LetterFonts.shared();

    @Test
    void latinGreekAndCyrillicNamesCanAllBePrinted() {
        assertThat(fonts.unprintable("Gwenllian Dŵr, Łukasz Wróblewski, Órfhlaith, Ελένη, Олена Шевченко, £5 – “quoted”"))
                .isEmpty();
    }

    @Test
    void charactersNoFontHasAreNamedOnceEachInTheOrderTheyCome() {
        assertThat(fonts.unprintable("Shaken \uD83E\uDEE8 \uD83D\uDE00 \u4F60\u597D \uD83E\uDEE8 \uD83E\uDEE9 again\n\t"))
                .isEqualTo("\uD83E\uDEE8\uD83E\uDEE9");
    }

    @Test
    void aLineWithFallbackTextIsMeasuredAsItIsDrawnShapedNotCharacterByCharacter() {
        MixedScriptLetterTest.requireFonts();
        String arabic = MixedScriptLetterTest.ARABIC;
        float shaped = fonts.width(false, arabic, 11.5f);
        float byRuns = 0;
        for (FontRuns.Run run : fonts.runs(false, 11.5f, arabic)) {
            byRuns += run.width();
        }
        assertThat(shaped).isPositive().isEqualTo(byRuns);
        assertThat(fonts.width(false, "Dear " + arabic, 11.5f))
                .isCloseTo(fonts.width(false, "Dear ", 11.5f) + shaped, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(fonts.width(false, MixedScriptLetterTest.CHINESE, 11.5f)).as("three CJK ideographs, an em each")
                .isCloseTo(3 * 11.5f, org.assertj.core.data.Offset.offset(0.5f));
    }
}
