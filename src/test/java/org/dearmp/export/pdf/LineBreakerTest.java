package org.dearmp.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private final LetterFonts fonts = LetterFonts.shared();
    private final LineBreaker breaker = new LineBreaker(fonts);

    private List<String> wrap(String text, float width) {
        return breaker.wrap(text, false, 11.5f, width);
    }

    private static List<String> segments(String text) {
        int[] breaks = LineBreaker.breakOpportunities(text);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int b : breaks) {
            out.add(text.substring(start, b));
            start = b;
        }
        return out;
    }

    @Test
    void aRememberedParagraphBreaksAsAFreshBreakerWouldAtEveryWidthAndFace() {
        String paragraph = "Trafficked people are moved from town to town, and I would like you to ask the Home Secretary "
                + "what is being done to find them, to support them and to prosecute those who profit.";
        for (float width : new float[] {120, 300, 470}) {
            List<String> first = wrap(paragraph, width);
            assertThat(wrap(paragraph, width)).isEqualTo(first);
            assertThat(new LineBreaker(fonts).wrap(paragraph, false, 11.5f, width)).isEqualTo(first);
            assertThat(breaker.wrap(paragraph, true, 11.5f, width)).isEqualTo(new LineBreaker(fonts).wrap(paragraph, true, 11.5f, width));
        }
        assertThat(wrap(paragraph, 120)).hasSizeGreaterThan(wrap(paragraph, 470).size());
        String long1 = "word ".repeat(LineBreaker.REMEMBERED_LENGTH / 5 + 10).strip();
        assertThat(wrap(long1, 300)).isEqualTo(new LineBreaker(fonts).wrap(long1, false, 11.5f, 300)).hasSizeGreaterThan(10);
    }

    @Test
    void anAddressMayBreakAfterEachSlashHyphenOrFullStopButNotInsideTheScheme() {
        assertThat(segments("see https://www.gov.uk/modern-slavery/guidance ok"))
                .containsExactly("see ", "https://www.", "gov.", "uk/", "modern-", "slavery/", "guidance ", "ok");
        assertThat(segments("www.example.org/a_b?x=1")).containsExactly("www.", "example.", "org/", "a_b?x=1");
    }

    @Test
    void ordinaryWordsKeepTheirFullStopsAndBreakAtSpacesAndHyphens() {
        assertThat(segments("e.g. 3.5 well-known and/or end."))
                .containsExactly("e.g. ", "3.5 ", "well-", "known ", "and/or ", "end.");
    }

    @Test
    void eachLineIsFilledAsFarAsItGoesAndNoWordIsLost() {
        String text = "The quick brown fox jumps over the lazy dog and keeps on running until the end of the field.";
        float width = fonts.width(false, "The quick brown fox jumps", 11.5f) + 0.01f;
        List<String> lines = wrap(text, width);
        assertThat(lines.get(0)).isEqualTo("The quick brown fox jumps");
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(l -> assertThat(fonts.width(false, l, 11.5f)).isLessThanOrEqualTo(width));
    }

    @Test
    void onlyARunWiderThanTheLineIsCutAndAccentsStayWithTheirLetters() {
        String run = "w\u0302".repeat(60);
        float width = fonts.width(false, "w".repeat(20), 11.5f);
        List<String> lines = wrap("ab " + run, width);
        assertThat(lines.get(0)).isEqualTo("ab");
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(run);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("w"));
    }

    @Test
    void lineBreaksInTheTextAreKeptAndBlankLinesStay() {
        assertThat(wrap("one\r\ntwo\rthree\n\nfour", 400)).containsExactly("one", "two", "three", "", "four");
    }
}
