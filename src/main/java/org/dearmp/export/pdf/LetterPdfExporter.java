package org.dearmp.export.pdf;

import org.dearmp.export.ExportException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterMeasure;
import org.dearmp.store.AtomicFiles;

/**
 * Turns {@link Letter}s into A4 PDF letters with embedded Liberation Serif.
 *
 * <p>Stateless apart from the shared fonts: one instance may be used from many threads at once,
 * each call writing its own document. For a batch print file use {@link #openMerged}, which lays out
 * many letters in one document rather than gluing separate PDFs together.
 */
public final class LetterPdfExporter {

    private static final class Shared {
        static final FontCuts CUTS = new FontCuts(LetterFonts.shared());
        static final LetterLayout LAYOUT = new LetterLayout(LetterFonts.shared());
    }

    private final LetterFonts fonts;
    private final Clock clock;
    private final LetterLayout layout;
    private final OneLetterPdf single;

    /** @param clock dates each file's creation (its CreationDate and ModDate) */
    public LetterPdfExporter(Clock clock) {
        this(LetterFonts.shared(), clock);
    }

    public LetterPdfExporter(LetterFonts fonts, Clock clock) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.layout = fonts == LetterFonts.shared() ? Shared.LAYOUT : new LetterLayout(fonts);
        this.single = new OneLetterPdf(fonts == LetterFonts.shared() ? Shared.CUTS : new FontCuts(fonts));
    }

    /**
     * Sets the letter on its pages, once: the result can be written as its own PDF and added to a print
     * file, which then show the same pages.
     */
    public LaidOutLetter layOut(Letter letter) {
        return layout.layOut(Objects.requireNonNull(letter, "letter"));
    }

    /** Writes one letter as a complete PDF to {@code out} (which is left open). */
    public void write(Letter letter, OutputStream out) {
        write(layOut(letter), out);
    }

    /** Writes a laid-out letter as a complete PDF to {@code out} (which is left open). */
    public void write(LaidOutLetter letter, OutputStream out) {
        try {
            single.write(letter, infoFor(letter.letter()), clock.instant(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many A4 pages the letter takes, by laying it out for real (well under a millisecond): the exact
     * answer to "does it fit on one page?".
     */
    public int pageCount(Letter letter) {
        return layout.pageCount(Objects.requireNonNull(letter, "letter"));
    }

    /** The page count of a letter as its PDF lays it out, for the letter step and the template check. */
    public static LetterMeasure measure() {
        return Shared.LAYOUT;
    }

    public byte[] toBytes(Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(24 * 1024);
        write(letter, out);
        return out.toByteArray();
    }

    /** Writes one letter to {@code file} atomically: the file is complete or not there at all. */
    public void write(Letter letter, Path file) {
        try {
            AtomicFiles.write(file, out -> write(letter, out));
        } catch (IOException e) {
            throw new ExportException.WriteFailed(file, e);
        } catch (UncheckedIOException e) {
            throw new ExportException.WriteFailed(file, e.getCause());
        }
    }

    /**
     * Starts one PDF holding many letters (the print-ready batch file). Add letters in print order,
     * then close it; {@code out} is closed with it.
     *
     * @param duplex leave a blank back page after a letter with an odd page count, so every letter
     *               starts on its own sheet when printed double-sided
     */
    public MergedLetterPdf openMerged(OutputStream out, PdfDocumentInfo info, boolean duplex) {
        return new MergedLetterPdf(fonts, out, info, clock.instant(), duplex);
    }

    /** Title: the subject line; author: the writer; subject: who it is to. */
    static PdfDocumentInfo infoFor(Letter letter) {
        String to = Messages.get("export.pdf.subject", letter.recipient().envelopeName());
        return new PdfDocumentInfo(letter.subject().isBlank() ? to : letter.subject(), letter.sender().name(), to);
    }
}
