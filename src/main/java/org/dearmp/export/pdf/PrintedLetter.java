package org.dearmp.export.pdf;


import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;

/**
 * A laid-out letter as pages for a printer: the pages of its PDF, every line where the PDF puts it, in
 * the same fonts (Liberation Serif, the TrueType files the PDF embeds, loaded into Java2D, and the
 * PDF's own shaped runs in a fallback font for scripts Liberation lacks), page numbers and
 * continuation headers included. Drawn by {@link java.awt.print.PrinterJob} or into an image.
 */
public final class PrintedLetter implements Pageable, Printable {

    /** The grey of page numbers and continuation headers, as in the PDF. */
    private static final Color QUIET = new Color(0.333f, 0.333f, 0.333f);

    private static final class Faces {
        static final Font REGULAR = load(false);
        static final Font BOLD = load(true);

        private static Font load(boolean bold) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(LetterFonts.fontFile(bold)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Cannot load the letter font into Java2D", e);
            }
        }
    }

    private final LaidOutLetter letter;
    private final PageFormat format = a4();

    /** @throws ExportException.Unprintable when no font has some character, as the PDF refuses it */
    PrintedLetter(LaidOutLetter letter) {
        this.letter = Objects.requireNonNull(letter, "letter");
        letter.requirePrintable(LetterFonts.shared());
    }

    /** Portrait A4, the whole sheet: the letter's own margins keep the text clear of any printer's edge. */
    static PageFormat a4() {
        Paper paper = new Paper();
        paper.setSize(LetterLayout.PAGE_WIDTH, LetterLayout.PAGE_HEIGHT);
        paper.setImageableArea(0, 0, LetterLayout.PAGE_WIDTH, LetterLayout.PAGE_HEIGHT);
        PageFormat format = new PageFormat();
        format.setPaper(paper);
        format.setOrientation(PageFormat.PORTRAIT);
        return format;
    }

    @Override
    public int getNumberOfPages() {
        return letter.pageCount();
    }

    @Override
    public PageFormat getPageFormat(int pageIndex) {
        checkPage(pageIndex);
        return format;
    }

    @Override
    public Printable getPrintable(int pageIndex) {
        checkPage(pageIndex);
        return this;
    }

    private void checkPage(int pageIndex) {
        if (pageIndex < 0 || pageIndex >= letter.pageCount()) {
            throw new IndexOutOfBoundsException("No page " + pageIndex + " in a letter of " + letter.pageCount());
        }
    }

    /**
     * Draws one page, in points from the top left of the sheet (a printer's graphics start there).
     * Fractional metrics keep each glyph's advance as the PDF has it, so lines end where they do there.
     */
    @Override
    public int print(Graphics graphics, PageFormat pageFormat, int pageIndex) {
        if (pageIndex < 0 || pageIndex >= letter.pageCount()) {
            return NO_SUCH_PAGE;
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            LetterFonts fonts = LetterFonts.shared();
            letter.pages().get(pageIndex).drawOn(new RunCanvas(fonts) {
                @Override
                protected void useFont(boolean bold, float size) {
                    g.setFont((bold ? Faces.BOLD : Faces.REGULAR).deriveFont(size));
                }

                @Override
                public void colour(boolean quiet) {
                    g.setColor(quiet ? QUIET : Color.BLACK);
                }

                @Override
                protected void liberation(float x, float y, String piece) {
                    g.drawString(piece, x, LetterLayout.PAGE_HEIGHT - y);
                }

                @Override
                protected void shaped(float x, float y, FallbackFace.Shaped run) {
                    g.drawGlyphVector(run.vector(), x, LetterLayout.PAGE_HEIGHT - y);
                }
            });
        } finally {
            g.dispose();
        }
        return PAGE_EXISTS;
    }
}
