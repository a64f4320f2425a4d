package org.dearmp.export.pdf;

import org.dearmp.export.ExportException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.dearmp.core.AppInfo;
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
    private final LetterFonts fonts;
    private final boolean duplex;
    private int letters;
    private int pages;
    private boolean closed;

    /**
     * @param duplex true to start every letter on a fresh sheet when printed double-sided (a blank
     *               back page follows a letter with an odd number of pages)
     */
    MergedLetterPdf(LetterFonts fonts, OutputStream out, PdfDocumentInfo info, Instant created, boolean duplex) {
        Objects.requireNonNull(out, "out");
        this.layout = new LetterLayout(fonts);
        this.fonts = fonts;
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
        dateAndIdentify(writer.getInfo(), info, created);
        document.open();
    }

    /**
     * OpenPDF would date the file by the system clock and give it an ID from the time and free memory;
     * this dates it by the run's clock and makes the ID from that time and the metadata. (The bytes still
     * vary a little: OpenPDF names its font subsets at random.) OpenPDF takes the trailer ID from a
     * FileId entry in the information dictionary, so it appears there too; readers ignore keys they do
     * not know.
     */
    private static void dateAndIdentify(PdfDictionary documentInfo, PdfDocumentInfo info, Instant created) {
        PdfDate date = new PdfDate(GregorianCalendar.from(created.atZone(ZoneOffset.UTC)));
        documentInfo.put(PdfName.CREATIONDATE, date);
        documentInfo.put(PdfName.MODDATE, date);
        byte[] facts = String.join("\n", created.toString(), info.title(), info.author(), info.subject())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] id = PdfBody.fileId(facts, facts.length);
        documentInfo.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
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
        letter.requirePrintable(fonts);
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
        page.drawOn(new RunCanvas(fonts) {
            private boolean inFallback;

            @Override
            protected void useFont(boolean bold, float size) {
                canvas.setFontAndSize(bold ? faces.bold() : faces.regular(), size);
            }

            @Override
            public void colour(boolean quiet) {
                canvas.setColorFill(quiet ? QUIET : Color.BLACK);
            }

            @Override
            protected void liberation(float x, float y, String piece) {
                if (inFallback) {
                    useFont(bold(), size());
                    inFallback = false;
                }
                canvas.setTextMatrix(x, y);
                canvas.showText(piece);
            }

            @Override
            protected void shaped(float x, float y, FallbackFace.Shaped run) {
                MergedLetterPdf.shaped(canvas, x, y, run);
                inFallback = true;
            }

            @Override
            protected void lineDrawn() {
                if (inFallback) {
                    useFont(bold(), size());
                    inFallback = false;
                }
            }
        });
        canvas.endText();
    }

    /**
     * A shaped run in its fallback face: each stretch of glyphs the pen places by itself written in one
     * go, a glyph that shaping moved (a mark, a kerned pair) at its own place; left-to-right runs carry
     * their text as /ActualText (see {@link FallbackFace.Shaped#actualText}).
     */
    private static void shaped(PdfContentByte canvas, float x, float y, FallbackFace.Shaped run) {
        canvas.setFontAndSize(run.face().baseFont(), run.size());
        if (run.actualText() != null) {
            PdfDictionary span = new PdfDictionary();
            span.put(PdfName.ACTUALTEXT, new PdfString(run.actualText(), PdfObject.TEXT_UNICODE));
            canvas.beginMarkedContentSequence(PdfName.SPAN, span, true);
        }
        int[] glyphs = run.glyphs();
        int from = 0;
        float penX = 0;
        for (int g = 0; g <= glyphs.length; g++) {
            boolean breakHere = g == glyphs.length || (g > from
                    && (Math.abs(x + run.x()[g] - penX) > 0.05f || run.y()[g] != run.y()[from]));
            if (breakHere && g > from) {
                canvas.setTextMatrix(x + run.x()[from], y + run.y()[from]);
                int[] index = run.vectorIndex();
                for (int k = from; k < g; ) {
                    int end = k + 1;
                    while (end < g && index[end] == index[end - 1] + 1) {
                        end++; // glyphs next to each other in the vector go in one string
                    }
                    canvas.showText(run.vector(), index[k], index[end - 1] + 1);
                    k = end;
                }
                from = g;
            }
            if (g < glyphs.length) {
                if (g == from) {
                    penX = x + run.x()[g];
                }
                penX += run.face().thousandths(glyphs[g]) * run.size() / 1000f;
            }
        }
        if (run.actualText() != null) {
            canvas.endMarkedContentSequence();
        }
        textOfGlyphs(canvas.getPdfWriter(), run);
    }

    /**
     * OpenPDF's ToUnicode map gives each glyph the character the font's cmap maps to it, which for an
     * Arabic joined form is a presentation form (U+FExx), or nothing for a conjunct. Its own shaping
     * path corrects that with a "filler cmap" (FontDetails.putFillerCmap), which is not public; this
     * uses it the same way: each glyph maps to the (first) character it was shaped from. Should a
     * later OpenPDF lack it, the letters still print the same and only copied text differs.
     */
    private static void textOfGlyphs(PdfWriter writer, FallbackFace.Shaped run) {
        if (FILLER == null) {
            return;
        }
        try {
            Object details = ADD_SIMPLE.invoke(writer, run.face().baseFont());
            for (int g = 0; g < run.glyphs().length; g++) {
                String text = run.unicode()[g];
                if (text != null && !text.isEmpty()) {
                    FILLER.invoke(details, run.glyphs()[g], new int[] {run.glyphs()[g], text.codePointAt(0)});
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Only the text a reader copies out is affected; the page is drawn all the same.
        }
    }

    private static final java.lang.reflect.Method ADD_SIMPLE;
    private static final java.lang.reflect.Method FILLER;

    static {
        java.lang.reflect.Method addSimple = null;
        java.lang.reflect.Method filler = null;
        try {
            addSimple = PdfWriter.class.getDeclaredMethod("addSimple", com.lowagie.text.pdf.BaseFont.class);
            addSimple.setAccessible(true);
            filler = addSimple.getReturnType().getDeclaredMethod("putFillerCmap", Integer.class, int[].class);
            filler.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            filler = null;
        }
        ADD_SIMPLE = addSimple;
        FILLER = filler;
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
