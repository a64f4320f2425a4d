package org.dearmp.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lines cut into runs by font, in the order they are drawn, with the fallback text really shaped. */
class FontRunsTest {

    private static final float SIZE = 11.5f;
    private final LetterFonts fonts = LetterFonts.shared();

    @BeforeAll
    static void fonts() {
        MixedScriptLetterTest.requireFonts();
    }

    @Test
    void latinTextNeedsNoRunsAtAll() {
        assertThat(fonts.runs(false, SIZE, "Gwenllian Dŵr, Tŷ Newydd, Łukasz Wróblewski – “quoted” £5")).isNull();
    }

    @Test
    void arabicIsJoinedAndRunsRightToLeftBetweenEnglishWords() {
        List<FontRuns.Run> runs = fonts.runs(false, SIZE, "Dear محمد علي, thank you");
        assertThat(runs).extracting(FontRuns.Run::liberation).containsExactly(true, false, true);
        assertThat(runs.get(0).text()).isEqualTo("Dear ");
        FallbackFace.Shaped arabic = runs.get(1).shaped();
        assertThat(arabic.text()).as("one run, the space between the names included").isEqualTo("محمد علي");
        assertThat(arabic.rightToLeft()).isTrue();
        assertThat(runs.get(2).text()).isEqualTo(", thank you");

        // The first letter read (meem, at the start of محمد) is drawn rightmost, in its initial form.
        int meem = glyphFor(arabic, 0);
        assertThat(arabic.x()[meem]).isEqualTo(max(arabic.x()));
        assertThat(arabic.glyphs()[meem]).as("initial form, not the isolated letter")
                .isNotEqualTo(arabic.face().program().glyphOf(0x0645));
        // علي, the second word read, lies to the left of محمد.
        assertThat(arabic.x()[glyphFor(arabic, 5)]).isLessThan(arabic.x()[glyphFor(arabic, 3)]);
    }

    @Test
    void devanagariVowelSignIGoesBeforeItsConsonantAndConjunctsJoin() {
        String priya = "प्रिया";
        List<FontRuns.Run> runs = fonts.runs(false, SIZE, priya);
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.liberation()).isFalse());
        FallbackFace.Shaped shaped = runs.get(0).shaped();
        FallbackFace.Shaped pra = shaped.face().shape("प्र", SIZE, false);
        assertThat(pra.glyphs()).as("प्र is one conjunct glyph").hasSize(1);
        assertThat(shaped.glyphs()).contains(pra.glyphs()[0]);
        int leftmost = 0;
        for (int g = 1; g < shaped.glyphs().length; g++) {
            leftmost = shaped.x()[g] < shaped.x()[leftmost] ? g : leftmost;
        }
        assertThat(shaped.glyphs()[leftmost]).as("ि is drawn left of प्र, though typed after it")
                .isNotEqualTo(pra.glyphs()[0]);
    }

    @Test
    void aZeroWidthNonJoinerKeepsPersianLettersApartAndSurvivesCleaning() {
        String apart = LetterLayout.clean("می\u200Cخواهم");
        assertThat(apart).as("kept by cleaning").contains("\u200C");
        String joined = "میخواهم";
        FallbackFace.Shaped withJoiner = single(fonts.runs(false, SIZE, apart));
        FallbackFace.Shaped without = single(fonts.runs(false, SIZE, joined));
        assertThat(withJoiner.text()).as("one run, the non-joiner in it").isEqualTo(apart);
        // ی takes its final form before the non-joiner, its medial form without it.
        assertThat(glyphs(withJoiner)).isNotEqualTo(glyphs(without));
        assertThat(LetterLayout.clean("a\u200Db")).contains("\u200D");
    }

    private static FallbackFace.Shaped single(List<FontRuns.Run> runs) {
        assertThat(runs).hasSize(1);
        return runs.get(0).shaped();
    }

    private static List<Integer> glyphs(FallbackFace.Shaped run) {
        return java.util.Arrays.stream(run.glyphs()).boxed().toList();
    }

    @Test
    void chineseIsOneRunInTheCjkFontAndEachIdeographAnEm() {
        List<FontRuns.Run> runs = fonts.runs(false, SIZE, "Mr 王秀英 MP");
        assertThat(runs).extracting(FontRuns.Run::liberation).containsExactly(true, false, true);
        assertThat(runs.get(1).shaped().glyphs()).hasSize(3);
        assertThat(runs.get(1).width()).isCloseTo(3 * SIZE, org.assertj.core.data.Offset.offset(0.5f));
    }

    /** The glyph shaped from the character at {@code charIndex} of the run's text. */
    private static int glyphFor(FallbackFace.Shaped run, int charIndex) {
        for (int g = 0; g < run.glyphs().length; g++) {
            if (run.vector().getGlyphCharIndex(run.vectorIndex()[g]) == charIndex) {
                return g;
            }
        }
        throw new AssertionError("No glyph for character " + charIndex + " of " + run.text());
    }

    private static float max(float[] values) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
