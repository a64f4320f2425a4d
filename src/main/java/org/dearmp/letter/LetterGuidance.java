package org.dearmp.letter;

import java.util.ArrayList;
import java.util.List;
import org.dearmp.i18n.Messages;

/**
 * What the writer sees as numbers while they write. It guides and warns; nothing here blocks a letter.
 *
 * @param wordCount         words in the body
 * @param ownWordCount      body words that are not template text: the writer's own
 * @param minOwnWords       what the template suggests (0 for no suggestion)
 * @param originality       ownWordCount / wordCount, 0..1: the share of the letter in the writer's own words
 * @param similarity        Dice similarity of the body to the untouched template, 0..1 (WriteToThem's measure)
 * @param pages             pages the letter takes as printed; see {@link LetterMeasure}
 * @param bodyText          the text the passages refer to: {@link PlainTextLetter#body(Letter)}
 * @param templatePassages  character ranges of {@code bodyText} that are template text
 */
public record LetterGuidance(int wordCount, int ownWordCount, int minOwnWords, double originality, double similarity,
                             int pages, String bodyText, List<TextRange> templatePassages) {

    /** Below this share of own words a letter reads as a form letter. */
    public static final double LOW_ORIGINALITY = 0.25;

    /** Advice for the writer, most important first. Each has a message key in the {@code letter.advice} group. */
    public enum Advice {
        OVER_ONE_PAGE, FEW_OWN_WORDS, MOSTLY_TEMPLATE
    }

    public LetterGuidance {
        templatePassages = List.copyOf(templatePassages);
    }

    public boolean fitsOnePage() {
        return pages <= 1;
    }

    /** Originality as a whole percentage, for display: 0..100. */
    public int originalityPercent() {
        return (int) Math.round(originality * 100);
    }

    /** "237 words, 36% in your own words, fits on one page": for the status line and the command line. */
    public String summary() {
        String length = fitsOnePage() ? Messages.get("letter.guidance.onePage")
                : Messages.get("letter.guidance.overOnePage", pages);
        return Messages.get("letter.guidance.summary", wordCount, originalityPercent(), length);
    }

    /** The advice in words, most important first; empty when there is nothing to say. */
    public List<String> adviceMessages() {
        return advice().stream().map(a -> Messages.get("letter.advice." + a.name(), minOwnWords)).toList();
    }

    public List<Advice> advice() {
        List<Advice> advice = new ArrayList<>();
        if (!fitsOnePage()) {
            advice.add(Advice.OVER_ONE_PAGE);
        }
        if (ownWordCount < minOwnWords) {
            advice.add(Advice.FEW_OWN_WORDS);
        }
        if (originality < LOW_ORIGINALITY) {
            advice.add(Advice.MOSTLY_TEMPLATE);
        }
        return advice;
    }
}
