package org.dearmp.ui.services;

import java.util.List;
import java.util.Objects;
import org.dearmp.letter.ChecklistItem;
import org.dearmp.letter.Letter;

/**
 * A letter with the guidance the writer sees beside it.
 *
 * @param text              the letter as plain text, as the preview shows it
 * @param originality       share of the letter in the writer's own words, 0..1
 * @param templatePassages  stretches of {@code text} that are the template's words, to mark in the preview
 * @param advice            what would make the letter better, most important first; empty when it is good
 * @param speakerAsk        true when the letter is to the Speaker and asks for the concern to go to a minister,
 *                          in place of the template's campaigning ask
 * @param checklist         the checklist for a letter that counts, in its order; empty when none was made
 */
public record ComposedLetter(Letter letter, String text, int wordCount, boolean fitsOnePage, double originality,
                             List<Span> templatePassages, List<String> advice, boolean speakerAsk,
                             List<ChecklistItem> checklist) {

    /** Characters {@code [start, end)} of {@link #text()}. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Not a span: " + start + ".." + end);
            }
        }
    }

    public ComposedLetter {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(text, "text");
        templatePassages = templatePassages == null ? List.of() : List.copyOf(templatePassages);
        advice = advice == null ? List.of() : List.copyOf(advice);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        for (Span span : templatePassages) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("Span beyond the text: " + span);
            }
        }
        if (originality < 0 || originality > 1) {
            throw new IllegalArgumentException("originality must be within 0..1: " + originality);
        }
    }

    /** A letter without a checklist. */
    public ComposedLetter(Letter letter, String text, int wordCount, boolean fitsOnePage, double originality,
                          List<Span> templatePassages, List<String> advice, boolean speakerAsk) {
        this(letter, text, wordCount, fitsOnePage, originality, templatePassages, advice, speakerAsk, List.of());
    }

    /** A letter with the template's own ask. */
    public ComposedLetter(Letter letter, String text, int wordCount, boolean fitsOnePage, double originality,
                          List<Span> templatePassages, List<String> advice) {
        this(letter, text, wordCount, fitsOnePage, originality, templatePassages, advice, false);
    }
}
