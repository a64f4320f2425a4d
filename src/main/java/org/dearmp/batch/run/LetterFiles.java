package org.dearmp.batch.run;

import java.io.OutputStream;
import org.dearmp.export.pdf.LaidOutLetter;
import org.dearmp.letter.Letter;

/** The export engine, seen from the batch: a letter as a PDF, as an email file, and many in one print file. */
public interface LetterFiles {

    /** Sets a letter on its pages once, for both its own PDF and the print file. */
    LaidOutLetter layOut(Letter letter);

    /** Called from several threads at once. */
    void writePdf(LaidOutLetter letter, OutputStream out);

    /** Called from several threads at once; only for letters whose MP has an email address. */
    void writeEml(Letter letter, OutputStream out);

    /** One document for printing; letters are added in print order from one thread. */
    PrintFile openPrintFile(OutputStream out, String title, String author);

    interface PrintFile extends AutoCloseable {
        void add(LaidOutLetter letter);

        @Override
        void close();
    }
}
