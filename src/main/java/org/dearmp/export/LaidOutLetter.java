package org.dearmp.export;

import java.util.List;
import java.util.Objects;
import org.dearmp.letter.Letter;

/**
 * A letter set on A4 pages: every line of text with its place, face and size, page numbers and
 * continuation headers included. Worked out once by {@link LetterLayout} and then drawn into any PDF,
 * so a batch letter's own file and the print file show exactly the same pages for half the work.
 */
public final class LaidOutLetter {

    /** One line of text; {@code x} and {@code y} are its left end and baseline, in points from the bottom left. */
    record Line(float x, float y, boolean bold, float size, boolean quiet, String text) {
        Line {
            Objects.requireNonNull(text, "text");
        }
    }

    record Page(List<Line> lines) {
        Page {
            lines = List.copyOf(lines);
        }
    }

    private final Letter letter;
    private final LetterFonts.Faces faces;
    private final List<Page> pages;

    LaidOutLetter(Letter letter, LetterFonts.Faces faces, List<Page> pages) {
        this.letter = Objects.requireNonNull(letter, "letter");
        this.faces = Objects.requireNonNull(faces, "faces");
        this.pages = List.copyOf(pages);
        if (this.pages.isEmpty()) {
            throw new IllegalArgumentException("A laid-out letter has at least one page");
        }
    }

    public Letter letter() {
        return letter;
    }

    public int pageCount() {
        return pages.size();
    }

    List<Page> pages() {
        return pages;
    }

    /** The OpenPDF faces that can show every character of this letter (for a document OpenPDF writes). */
    LetterFonts.Faces faces() {
        return faces;
    }
}
