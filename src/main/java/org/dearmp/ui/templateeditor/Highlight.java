package org.dearmp.ui.templateeditor;

/** Characters {@code [start, end)} of the body to mark, and how. */
public record Highlight(int start, int end, Kind kind) {
    public enum Kind {
        /** A placeholder the letter fills in. */
        PLACEHOLDER,
        /** A section start or end: {{#points}}, {{/points}}. */
        SECTION,
        /** A misspelt or broken tag. */
        ERROR
    }

    public Highlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Not a range: " + start + ".." + end);
        }
    }
}
