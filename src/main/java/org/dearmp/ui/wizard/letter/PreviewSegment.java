package org.dearmp.ui.wizard.letter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dearmp.ui.services.ComposedLetter;

/** A stretch of the preview text, marked when it is the template's wording rather than the writer's. */
public record PreviewSegment(String text, boolean template) {

    /** Cuts the letter text at the template passages; overlapping or unordered passages are merged. */
    public static List<PreviewSegment> of(String text, List<ComposedLetter.Span> passages) {
        List<ComposedLetter.Span> sorted = passages.stream()
                .sorted(Comparator.comparingInt(ComposedLetter.Span::start)).toList();
        List<PreviewSegment> segments = new ArrayList<>();
        int at = 0;
        for (ComposedLetter.Span span : sorted) {
            int start = Math.max(span.start(), at);
            int end = Math.min(span.end(), text.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                segments.add(new PreviewSegment(text.substring(at, start), false));
            }
            segments.add(new PreviewSegment(text.substring(start, end), true));
            at = end;
        }
        if (at < text.length()) {
            segments.add(new PreviewSegment(text.substring(at), false));
        }
        return segments;
    }
}
