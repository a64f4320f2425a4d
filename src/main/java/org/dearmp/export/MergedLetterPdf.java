package org.dearmp.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.Objects;
import org.dearmp.AppInfo;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;

/**
 * Many letters laid out as ONE PDF document, each starting on a new page and numbered on its own:
 * the print-ready batch file. Fonts are embedded once for the whole file, not once per letter, which
 * is what makes this far smaller and faster than copying single-letter PDFs together.
 *
 * <p>Not thread-safe: one thread adds letters, in the order they should print. Pages are written to
 * the stream as they fill, so memory stays flat however many letters go in.
 */
public final class MergedLetterPdf implements AutoCloseable {

    private final Document document;
    private final PdfWriter writer;
    private final LetterLayout layout;
    private final LetterPageFurniture furniture;
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
        this.furniture = new LetterPageFurniture();
        this.duplex = duplex;
        this.document = new Document(PageSize.A4, LetterLayout.MARGIN_SIDE, LetterLayout.MARGIN_SIDE,
                LetterLayout.MARGIN_TOP, LetterLayout.MARGIN_BOTTOM);
        try {
            this.writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new ExportException.PdfFailed(e);
        }
        writer.setPageEvent(furniture);
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
        Objects.requireNonNull(letter, "letter");
        if (closed) {
            throw new IllegalStateException("The PDF is already closed");
        }
        furniture.startLetter(letter, layout.stylesFor(letter));
        try {
            layout.addTo(document, letter);
            document.newPage(); // ends the letter's last page, so its footer exists before numbering
            int taken = furniture.pagesOfLetter();
            furniture.finishLetter(writer);
            if (duplex && taken % 2 == 1) {
                furniture.markBlankPage();
                writer.setPageEmpty(false);
                document.newPage();
                pages++;
            }
            letters++;
            pages += taken;
            return taken;
        } catch (DocumentException e) {
            throw new ExportException.PdfFailed(e);
        }
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
