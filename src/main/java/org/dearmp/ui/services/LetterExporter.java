package org.dearmp.ui.services;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.letter.Letter;

/** Turns a finished letter into files and links. Every file write is atomic. */
public interface LetterExporter {

    void writePdf(Letter letter, Path target) throws IOException;

    void writeEml(Letter letter, Path target) throws IOException;

    void writeText(Letter letter, Path target) throws IOException;

    /** The letter as plain text (for the clipboard). */
    String plainText(Letter letter);

    /**
     * Prints the letter's PDF pages, every one, on a printer the user picks in the print dialog. Slow:
     * call it away from the FX thread.
     *
     * @return false when the user cancelled
     * @throws org.dearmp.core.DearMpException when there is no printer, or the printer refused the job, in words
     */
    boolean print(Letter letter);

    /** A {@code mailto:} link, or empty when the MP has no email or the letter is too long for one. */
    Optional<String> mailto(Letter letter);

    /**
     * Why the letter cannot go as an email, in words for the user (the MP has no usable address, or
     * the writer's is not one), or empty when it can. The same check as the .eml and the link.
     */
    default Optional<String> whyNotEmail(Letter letter) {
        return org.dearmp.export.email.EmailExporter.whyNotEmail(letter);
    }
}
