package org.dearmp.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.Objects;
import org.dearmp.AppInfo;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;

/**
 * Many letters as ONE PDF document, each starting on a new page and numbered on its own: the
 * print-ready batch file, written by OpenPDF. Fonts are embedded once for the whole file, not once per
 * letter, which is what makes it far smaller and faster than copying single-letter PDFs together.
 * Each letter's pages are drawn from its {@link LaidOutLetter}, so they match the letter's own file.
 *
 * <p>Not thread-safe: one thread adds letters, in the order they should print. Pages are written to
 * the stream as they fill, so memory stays flat however many letters go in.
 */
public final class MergedLetterPdf implements AutoCloseable {

    private static final Color QUIET = new Color(0x55, 0x55, 0x55);

    private final Document document;
    private final PdfWriter writer;
    private final LetterLayout layout;
    private final boolean duplex;
    private int letters;
    private int pages;
    private boolean closed;

    /**
     * @param duplex true to start every letter on a fresh sheet when printed double-sided (a blank
     *               back page follows a letter with an odd number of pages)
     */
    MergedLetterPdf(LetterFonts fonts, OutputStream out, PdfDocumentInfo info, boolean duplex) {
        Objects.requireNonNull(out, "out");
        this.layout = new LetterLayout(fonts);
        this.duplex = duplex;
        this.document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            this.writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new ExportException.PdfFailed(e);
        }
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        if (!info.title().isEmpty()) {
            document.addTitle(info.title());
        }
        if (!info.author().isEmpty()) {
            document.addAuthor(info.author());
        }
        if (!info.subject().isEmpty()) {
            document.addSubject(info.subject());
        }
        document.addCreator(Messages.get("app.title") + " " + AppInfo.version());
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
        document.open();
    }

    /** Lays out one more letter, starting on a new page; returns how many pages it took. */
    public int add(Letter letter) {
        return add(layout.layOut(Objects.requireNonNull(letter, "letter")));
    }

    /** Adds a letter already laid out (for its own file too), starting on a new page; returns its pages. */
    public int add(LaidOutLetter letter) {
        Objects.requireNonNull(letter, "letter");
        if (closed) {
            throw new IllegalStateException("The PDF is already closed");
        }
        for (LaidOutLetter.Page page : letter.pages()) {
            draw(page, letter.faces());
            newPage();
        }
        int taken = letter.pageCount();
        if (duplex && taken % 2 == 1) {
            newPage(); // a blank back, so the next letter starts on its own sheet
            pages++;
        }
        letters++;
        pages += taken;
        return taken;
    }

    private void draw(LaidOutLetter.Page page, LetterFonts.Faces faces) {
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        page.drawOn(new LaidOutLetter.TextCanvas() {
            @Override
            public void font(boolean bold, float size) {
                canvas.setFontAndSize(bold ? faces.bold() : faces.regular(), size);
            }

            @Override
            public void colour(boolean quiet) {
                canvas.setColorFill(quiet ? QUIET : Color.BLACK);
            }

            @Override
            public void text(float x, float y, String text) {
                canvas.setTextMatrix(x, y);
                canvas.showText(text);
            }
        });
        canvas.endText();
    }

    private void newPage() {
        writer.setPageEmpty(false);
        document.newPage();
    }

    public int letterCount() {
        return letters;
    }

    public int pageCount() {
        return pages;
    }

    /** Finishes the document: writes the embedded font subsets and the cross-reference table. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (letters == 0) {
            throw new IllegalStateException("A PDF needs at least one letter");
        }
        document.close();
    }
}
