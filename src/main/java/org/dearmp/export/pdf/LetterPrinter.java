package org.dearmp.export.pdf;

import org.dearmp.export.ExportException;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Objects;
import javax.print.PrintServiceLookup;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;

/**
 * Prints a letter: the same laid-out pages as its PDF, every one of them, on a printer the user picks
 * in the system's print dialog. Slow (a dialog, then the spooler), so call it away from the UI thread.
 */
public final class LetterPrinter {

    /** The computer's printing: whether it has a printer, and a job run through its print dialog. */
    public interface Printers {
        boolean any();

        /**
         * Shows the print dialog and, unless the user cancels, prints every page.
         *
         * @return false when the user cancelled in the dialog
         */
        boolean print(Pageable pages, String jobName) throws PrinterException;
    }

    /** The real printers, through javax.print and {@link PrinterJob}. */
    public static final Printers SYSTEM = new Printers() {
        @Override
        public boolean any() {
            return PrintServiceLookup.lookupPrintServices(null, null).length > 0;
        }

        @Override
        public boolean print(Pageable pages, String jobName) throws PrinterException {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(pages);
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    };

    private final LetterPdfExporter layout;
    private final Printers printers;

    public LetterPrinter(LetterPdfExporter layout, Printers printers) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.printers = Objects.requireNonNull(printers, "printers");
    }

    /** The pages a printer is given for this letter: the PDF's pages, drawn with Java2D. */
    public PrintedLetter pages(Letter letter) {
        return new PrintedLetter(layout.layOut(letter));
    }

    /**
     * Prints the letter on a printer the user picks.
     *
     * @return false when the user cancelled in the print dialog
     * @throws ExportException.NoPrinter   when the computer has no printer set up
     * @throws ExportException.PrintFailed when the printing system refused the job
     */
    public boolean print(Letter letter) {
        if (!printers.any()) {
            throw new ExportException.NoPrinter();
        }
        PrintedLetter pages = pages(letter);
        try {
            return printers.print(pages, Messages.get("export.print.jobName", letter.recipient().envelopeName()));
        } catch (PrinterException e) {
            throw new ExportException.PrintFailed(e);
        }
    }
}
