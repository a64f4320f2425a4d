package org.dearmp.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;

/**
 * Page numbers and continuation headers, counted per letter so a merged batch file numbers each
 * letter on its own. How many pages a letter takes is only known when it ends, so each page gets an
 * empty footer template that {@link #finishLetter} fills in: "Page 1 of 2", or nothing for a letter
 * that fits on one page.
 */
final class LetterPageFurniture extends PdfPageEventHelper {

    private static final float FOOTER_WIDTH = 200f;
    private static final float FOOTER_HEIGHT = 14f;

    private final List<PdfTemplate> footers = new ArrayList<>();
    private Letter letter;
    private LetterLayout.Styles styles;
    private boolean blankPage;

    void startLetter(Letter next, LetterLayout.Styles nextStyles) {
        letter = next;
        styles = nextStyles;
        footers.clear();
    }

    /** The page about to end is deliberately blank (so the next letter starts on a fresh sheet). */
    void markBlankPage() {
        blankPage = true;
    }

    /** Pages the current letter has taken so far. */
    int pagesOfLetter() {
        return footers.size();
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (blankPage) {
            blankPage = false;
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        int pageOfLetter = footers.size() + 1;
        if (pageOfLetter > 1) {
            // A continuation sheet says whose letter it is, as a careful typist would.
            String header = LetterLayout.clean(letter.recipient().envelopeName()) + "  \u00b7  " + LetterLayout.longDate(letter);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header, styles.small()),
                    document.left(), document.top() + LetterLayout.MARGIN_TOP / 2, 0);
        }
        PdfTemplate footer = canvas.createTemplate(FOOTER_WIDTH, FOOTER_HEIGHT);
        float centre = (document.left() + document.right()) / 2;
        canvas.addTemplate(footer, centre - FOOTER_WIDTH / 2, document.bottom() - LetterLayout.MARGIN_BOTTOM / 2);
        footers.add(footer);
    }

    /** Call once the letter's last page has ended: writes the page numbers, if it needs any. */
    void finishLetter(PdfWriter writer) {
        int pages = footers.size();
        try {
            for (int i = 0; i < pages; i++) {
                PdfTemplate footer = footers.get(i);
                if (pages > 1) {
                    ColumnText.showTextAligned(footer, Element.ALIGN_CENTER,
                            new Phrase(Messages.get("export.pdf.pageOf", i + 1, pages), styles.small()),
                            FOOTER_WIDTH / 2, 3f, 0);
                }
                writer.releaseTemplate(footer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        footers.clear();
    }
}
