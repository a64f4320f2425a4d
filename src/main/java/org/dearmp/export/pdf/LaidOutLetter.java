package org.dearmp.export.pdf;

import org.dearmp.export.ExportException;

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

        /** Draws the page's lines, setting the font and colour only where they change. */
        void drawOn(TextCanvas canvas) {
            boolean bold = false;
            float size = -1;
            boolean quiet = false;
            for (Line line : lines) {
                if (line.text().isBlank()) {
                    continue;
                }
                if (line.bold() != bold || line.size() != size) {
                    bold = line.bold();
                    size = line.size();
                    canvas.font(bold, size);
                }
                if (line.quiet() != quiet) {
                    quiet = line.quiet();
                    canvas.colour(quiet);
                }
                canvas.text(line.x(), line.y(), line.text());
            }
        }
    }

    /** A page being written, in whichever PDF writer: what drawing a laid-out page needs of it. */
    interface TextCanvas {
        void font(boolean bold, float size);

        /** Quiet grey for page furniture, else black. */
        void colour(boolean quiet);

        void text(float x, float y, String text);
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

    /**
     * Refuses, before anything of the letter is drawn, a letter with characters no installed font has:
     * no letter is printed with gaps.
     *
     * @throws ExportException.Unprintable naming the characters
     */
    void requirePrintable(LetterFonts fonts) {
        StringBuilder missing = new StringBuilder();
        for (Page page : pages) {
            for (Line line : page.lines()) {
                if (!fonts.allLiberation(line.bold(), line.text())) {
                    missing.append(fonts.unprintable(line.text()));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new ExportException.Unprintable(fonts.unprintable(missing.toString()));
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
