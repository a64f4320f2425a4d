package org.dearmp.batch.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import org.dearmp.export.email.EmailExporter;
import org.dearmp.export.pdf.LaidOutLetter;
import org.dearmp.export.pdf.LetterPdfExporter;
import org.dearmp.export.pdf.MergedLetterPdf;
import org.dearmp.export.pdf.PdfDocumentInfo;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;

/** Batch files made by the same exporters as a single letter, so a batch letter looks the same. */
public final class ExportLetterFiles implements LetterFiles {

    private final LetterPdfExporter pdf;
    private final boolean duplex;
    private final Clock clock;

    /**
     * @param duplex start each letter on a fresh sheet when the print file is printed double-sided
     * @param clock  dates the files themselves (PDF metadata, the email's Date header)
     */
    public ExportLetterFiles(boolean duplex, Clock clock) {
        this.duplex = duplex;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pdf = new LetterPdfExporter(clock);
    }

    @Override
    public LaidOutLetter layOut(Letter letter) {
        return pdf.layOut(letter);
    }

    @Override
    public void writePdf(LaidOutLetter letter, OutputStream out) {
        pdf.write(letter, out);
    }

    @Override
    public void writeEml(Letter letter, OutputStream out) {
        try {
            out.write(EmailExporter.toEml(letter, clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PrintFile openPrintFile(OutputStream out, String title, String author) {
        MergedLetterPdf merged = pdf.openMerged(out, new PdfDocumentInfo(title, author, Messages.get("batch.print.subject")),
                duplex);
        return new PrintFile() {
            @Override
            public void add(LaidOutLetter letter) {
                merged.add(letter);
            }

            @Override
            public void close() {
                merged.close();
            }
        };
    }
}
